import { useEffect, useRef, useState } from 'react';
import { activePack, usePackStore } from '../../briefing/pack-store.ts';
import { newPackTitle } from './pack-naming.ts';
import { PACK_TITLE_INPUT_ID } from './pack-title-field.tsx';

/** Which pack is active (when there are several), a new one, and deleting one with a confirmation. */
export function PackSwitcher() {
  const packs = usePackStore((s) => s.packs);
  const pack = usePackStore(activePack);
  const setActivePack = usePackStore((s) => s.setActivePack);
  const createPack = usePackStore((s) => s.createPack);
  const deletePack = usePackStore((s) => s.deletePack);
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) cancel.current?.focus();
  }, [confirming]);

  const create = () => {
    setConfirming(false);
    createPack(newPackTitle(packs.map((p) => p.title)));
    // The new pack wants a name: put the cursor there, the default selected.
    requestAnimationFrame(() => {
      const input = document.getElementById(PACK_TITLE_INPUT_ID);
      if (input instanceof HTMLInputElement) input.select();
    });
  };

  return (
    <div className="pack-switcher">
      <div className="pack-switcher-row">
        {packs.length > 1 && pack ? (
          <label className="pack-field pack-select">
            <span className="pack-field-label">Active pack</span>
            <select
              value={pack.id}
              onChange={(e) => {
                setConfirming(false);
                setActivePack(e.target.value);
              }}
            >
              {packs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title.trim() || 'Untitled pack'} ({p.items.length})
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="pack-switcher-buttons">
          <button ref={newButton} type="button" onClick={create}>
            New pack
          </button>
          {pack ? (
            <button
              ref={deleteButton}
              type="button"
              aria-expanded={confirming}
              onClick={() => setConfirming(true)}
            >
              Delete pack
            </button>
          ) : null}
        </div>
      </div>
      {confirming && pack ? (
        <div className="pack-confirm" role="group" aria-label="Confirm deleting the pack">
          <p>
            Delete “{pack.title.trim() || 'Untitled pack'}” with its {pack.items.length}{' '}
            {pack.items.length === 1 ? 'event' : 'events'} and notes? This cannot be undone.
          </p>
          <div className="pack-confirm-buttons">
            <button
              ref={cancel}
              type="button"
              onClick={() => {
                setConfirming(false);
                deleteButton.current?.focus();
              }}
            >
              Keep it
            </button>
            <button
              type="button"
              className="pack-danger-button"
              onClick={() => {
                setConfirming(false);
                deletePack(pack.id);
                newButton.current?.focus();
              }}
            >
              Delete for good
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
