import { useOnlineStatus } from '../lib/use-online-status.ts';
import './offline-indicator.css';

/** A small "Offline" badge for the header; the app keeps working from its saved copy. */
export function OfflineIndicator() {
  const online = useOnlineStatus();
  return (
    <span className="offline-indicator-region" role="status" aria-label="Network status">
      {!online && (
        <span
          className="offline-indicator"
          title="No network connection: showing the copy of the timeline saved on this device."
        >
          Offline
        </span>
      )}
    </span>
  );
}
