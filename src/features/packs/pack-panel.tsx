import { useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';
import { activePack, usePackStore } from '../../briefing/pack-store.ts';
import { EmptyPackHint } from './empty-pack-hint.tsx';
import { PackItemList } from './pack-item-list.tsx';
import { PackScopeControls } from './pack-scope-controls.tsx';
import { PackSwitcher } from './pack-switcher.tsx';
import { PackTitleField } from './pack-title-field.tsx';
import './pack-panel.css';

/**
 * The briefing pack as a non-modal side sheet: the reader can keep browsing and starring
 * while it is open. Esc or Close shuts it and returns focus to the Pack button.
 */
export function PackPanel({ onClose }: { onClose: () => void }) {
  const pack = usePackStore(activePack);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), []);

  return createPortal(
    <section
      className="pack-panel"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Esc here closes the panel, not the event details behind it.
        e.stopPropagation();
        onClose();
      }}
    >
      <header className="pack-panel-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Briefing pack
        </h2>
        <button type="button" className="pack-panel-close" onClick={onClose}>
          Close <span aria-hidden="true">✕</span>
        </button>
      </header>
      <div className="pack-panel-body">
        <PackSwitcher />
        {pack ? (
          <>
            <PackTitleField pack={pack} />
            <PackScopeControls pack={pack} onPresent={onClose} />
            <PackItemList pack={pack} />
          </>
        ) : (
          <EmptyPackHint />
        )}
      </div>
    </section>,
    document.body,
  );
}
