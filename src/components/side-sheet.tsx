import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './side-sheet.css';

export interface SideSheetProps {
  title: string;
  onClose: () => void;
  /** An extra class for the sheet, for styles of its own content. */
  className?: string;
  children: ReactNode;
}

/**
 * A non-modal side sheet over the details column (full width on phones): the reader can
 * keep browsing while it is open. It takes the focus on its heading; Esc or Close shuts it
 * (the opener returns the focus).
 */
export function SideSheet({ title, onClose, className, children }: SideSheetProps) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  return createPortal(
    <section
      className={className ? `side-sheet ${className}` : 'side-sheet'}
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Esc here closes the sheet, not the event details behind it.
        e.stopPropagation();
        onClose();
      }}
    >
      <header className="side-sheet-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="side-sheet-close" onClick={onClose}>
          Close <span aria-hidden="true">✕</span>
        </button>
      </header>
      <div className="side-sheet-body">{children}</div>
    </section>,
    document.body,
  );
}
