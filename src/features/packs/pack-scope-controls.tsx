import { useId } from 'react';
import type { Pack } from '../../briefing/pack.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import { CopyPackLinkButton } from './copy-pack-link-button.tsx';

/** What presentation and exports cover, and the pack's own actions: present it, share it. */
export function PackScopeControls({ pack, onPresent }: { pack: Pack; onPresent: () => void }) {
  const scope = useUiStore((s) => s.scope);
  const setScope = useUiStore((s) => s.setScope);
  const setPresent = useUiStore((s) => s.setPresent);
  const name = useId();

  return (
    <div className="pack-scope">
      <fieldset className="pack-scope-choice" role="radiogroup">
        <legend>Present and export</legend>
        <label>
          <input
            type="radio"
            name={name}
            checked={scope === 'view'}
            onChange={() => setScope('view')}
          />
          Current view
        </label>
        <label>
          <input
            type="radio"
            name={name}
            checked={scope === 'pack'}
            onChange={() => setScope('pack')}
          />
          Briefing pack
        </label>
      </fieldset>
      <div className="pack-actions">
        <button
          type="button"
          className="pack-primary-button"
          disabled={pack.items.length === 0}
          onClick={() => {
            setScope('pack');
            setPresent(true);
            onPresent();
          }}
        >
          Present pack
        </button>
        <CopyPackLinkButton pack={pack} />
      </div>
    </div>
  );
}
