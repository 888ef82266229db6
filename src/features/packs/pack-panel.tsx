import { activePack, usePackStore } from '../../briefing/pack-store.ts';
import { SideSheet } from '../../components/side-sheet.tsx';
import { EmptyPackHint } from './empty-pack-hint.tsx';
import { PackItemList } from './pack-item-list.tsx';
import { PackScopeControls } from './pack-scope-controls.tsx';
import { PackSwitcher } from './pack-switcher.tsx';
import { PackTitleField } from './pack-title-field.tsx';
import './pack-panel.css';

/**
 * The briefing pack in a side sheet: the reader can keep browsing and starring while it is
 * open. Esc or Close shuts it and returns focus to the Pack button.
 */
export function PackPanel({ onClose }: { onClose: () => void }) {
  const pack = usePackStore(activePack);
  return (
    <SideSheet title="Briefing pack" className="pack-panel" onClose={onClose}>
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
    </SideSheet>
  );
}
