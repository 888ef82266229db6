import { useEffect, useRef, useState } from 'react';
import type { Pack } from '../../briefing/pack.ts';
import { copyText } from '../../lib/copy-text.ts';
import { packLink } from './pack-link.ts';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; link: string };

const CONFIRMATION_MS = 4000;

/** Copies a link that opens this pack anywhere; if copying fails, offers the link to copy by hand. */
export function CopyPackLinkButton({ pack }: { pack: Pack }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const fallback = useRef<HTMLInputElement>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (state.kind === 'failed') fallback.current?.select();
  }, [state]);

  const copy = async () => {
    window.clearTimeout(timer.current);
    const link = packLink(pack, window.location);
    const copied = await copyText(link);
    setState(copied ? { kind: 'copied' } : { kind: 'failed', link });
    if (copied)
      timer.current = window.setTimeout(() => setState({ kind: 'idle' }), CONFIRMATION_MS);
  };

  return (
    <>
      <button type="button" disabled={pack.items.length === 0} onClick={() => void copy()}>
        Copy pack link
      </button>
      <span role="status" className="pack-copy-status">
        {state.kind === 'copied' ? 'Pack link copied' : null}
        {state.kind === 'failed' ? 'Copy failed — select the link and press Ctrl+C' : null}
      </span>
      {state.kind === 'failed' ? (
        <input
          ref={fallback}
          className="pack-link-fallback"
          readOnly
          value={state.link}
          aria-label="Pack link"
        />
      ) : null}
    </>
  );
}
