import { useState } from 'react';
import { useAppUpdateStore } from './app-update-store.ts';
import './update-prompt.css';

/**
 * "A newer version is available" with Reload and Later. The live region is always in the
 * page, so screen readers announce the offer when it appears.
 */
export function UpdatePrompt() {
  const applyUpdate = useAppUpdateStore((s) => s.applyUpdate);
  const dismissUpdate = useAppUpdateStore((s) => s.dismissUpdate);
  const [reloading, setReloading] = useState(false);
  return (
    <div className="update-prompt-region" role="status" aria-label="App update">
      {applyUpdate && (
        <div className="update-prompt">
          <p>A newer version of the timeline is available.</p>
          <div className="update-prompt-actions">
            <button
              type="button"
              disabled={reloading}
              onClick={() => {
                setReloading(true);
                void applyUpdate();
              }}
            >
              {reloading ? 'Reloading…' : 'Reload'}
            </button>
            <button type="button" onClick={dismissUpdate}>
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
