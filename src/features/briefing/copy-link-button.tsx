import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../lib/copy-text.ts';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; url: string };

const CONFIRMATION_MS = 3000;

/**
 * Copies the address of this view. The URL already carries the whole view (filters, window,
 * selection, and the pack in pack scope), so the link is simply `location.href`. When the
 * clipboard is refused, the link is shown selected in a field for Ctrl+C.
 */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const fallback = useRef<HTMLInputElement>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    if (state.kind !== 'failed') return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [state]);

  const copy = async () => {
    window.clearTimeout(timer.current);
    const url = window.location.href;
    const copied = await copyText(url);
    setState(copied ? { kind: 'copied' } : { kind: 'failed', url });
    if (copied)
      timer.current = window.setTimeout(() => setState({ kind: 'idle' }), CONFIRMATION_MS);
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <div className="copy-link-feedback">
        {/* Always in the DOM, so screen readers announce what appears in it. */}
        <span
          role="status"
          className={`copy-link-status${state.kind === 'failed' ? ' is-failed' : ''}`}
        >
          {state.kind === 'copied' ? 'Link copied' : null}
          {state.kind === 'failed' ? 'Copy failed — press Ctrl+C to copy the link' : null}
        </span>
        {state.kind === 'failed' ? (
          <input
            ref={fallback}
            className="copy-link-fallback"
            type="text"
            readOnly
            value={state.url}
            aria-label="Link to this view"
            onKeyDown={(e) => {
              if (e.key === 'Escape') setState({ kind: 'idle' });
            }}
            onBlur={() => setState({ kind: 'idle' })}
          />
        ) : null}
      </div>
    </div>
  );
}
