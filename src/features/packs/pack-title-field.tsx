import { MAX_PACK_TITLE_LENGTH, type Pack } from '../../briefing/pack.ts';
import { usePackStore } from '../../briefing/pack-store.ts';

/** Id of the title field, so a new pack can put the cursor there. */
export const PACK_TITLE_INPUT_ID = 'pack-title-input';

export function PackTitleField({ pack }: { pack: Pack }) {
  const renamePack = usePackStore((s) => s.renamePack);
  return (
    <label className="pack-field">
      <span className="pack-field-label">Pack title</span>
      <input
        id={PACK_TITLE_INPUT_ID}
        type="text"
        value={pack.title}
        maxLength={MAX_PACK_TITLE_LENGTH}
        placeholder="Untitled pack"
        onChange={(e) => renamePack(e.target.value)}
      />
    </label>
  );
}
