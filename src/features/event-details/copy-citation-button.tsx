import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../lib/copy-text.ts';

type CopyState = 'idle' | 'copied' | 'failed';

const CONFIRMATION_MS = 3000;

/** Copies a citation, says so next to the button, and offers the text itself if copying fails. */
export function CopyCitationButton({ citation }: { citation: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  const fallback = useRef<HTMLTextAreaElement>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    // The user asked to copy: put the text under their fingers for Ctrl+C.
    if (state !== 'failed') return;
    fallback.current?.focus();
    fallback.current?.select();
  }, [state]);

  const copy = async () => {
    window.clearTimeout(timer.current);
    setState('idle');
    const copied = await copyText(citation);
    setState(copied ? 'copied' : 'failed');
    if (copied) timer.current = window.setTimeout(() => setState('idle'), CONFIRMATION_MS);
  };

  return (
    <>
      <button type="button" className="quote-action" onClick={() => void copy()}>
        Copy citation
      </button>
      {/* Always in the DOM, so screen readers announce what appears in it. */}
      <span role="status" className={`copy-status${state === 'failed' ? ' is-failed' : ''}`}>
        {state === 'copied' ? 'Citation copied' : null}
        {state === 'failed' ? 'Copy failed — select the text and press Ctrl+C' : null}
      </span>
      {state === 'failed' ? (
        <textarea
          ref={fallback}
          className="citation-fallback"
          readOnly
          value={citation}
          aria-label="Citation"
          rows={4}
        />
      ) : null}
    </>
  );
}
