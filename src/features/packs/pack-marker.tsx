import { isInActivePack, usePackStore } from '../../briefing/pack-store.ts';
import './packs.css';

/** The star on an event-list row; its words end the row's name ("…, in pack"). */
export function PackMarker({ eventId }: { eventId: string }) {
  const inPack = usePackStore((s) => isInActivePack(s, eventId));
  if (!inPack) return null;
  return (
    <span className="pack-marker">
      <span aria-hidden="true">★</span>
      <span className="visually-hidden">, in pack</span>
    </span>
  );
}
