import { useId } from 'react';
import type { Outlet } from '../../dataset/schema.ts';
import type { Silences } from './silences.ts';

/**
 * "Not mentioned by: Zee News": outlets that wrote about the same period but not this
 * event. A silence is worth noticing, not proof of anything, so the note says what it means.
 */
export function SilencesNote({ silences }: { silences: Silences }) {
  const labelId = useId();
  const { shown, hidden, period } = silences;
  if (shown.length + hidden.length === 0) return null;
  return (
    <div className="silences">
      {shown.length > 0 ? (
        <div className="silences-line">
          <span id={labelId} className="silences-label">
            Not mentioned by:
          </span>{' '}
          <OutletNames outlets={shown} labelledBy={labelId} />
        </div>
      ) : null}
      {hidden.length > 0 ? (
        <details className="silences-hidden">
          <summary>
            {shown.length > 0 ? 'Also not mentioned by' : 'Not mentioned by'} {hidden.length} hidden{' '}
            {hidden.length === 1 ? 'outlet' : 'outlets'}
          </summary>
          <OutletNames outlets={hidden} label="Not mentioned by, hidden outlets" />
        </details>
      ) : null}
      <p className="silences-explanation">
        {shown.length + hidden.length === 1 ? 'It' : 'They'} reported other events of {period} but
        quoted nothing about this one.
      </p>
    </div>
  );
}

function OutletNames({
  outlets,
  labelledBy,
  label,
}: {
  outlets: Outlet[];
  labelledBy?: string;
  label?: string;
}) {
  return (
    <ul className="silent-outlets" aria-labelledby={labelledBy} aria-label={label}>
      {outlets.map((outlet) => (
        <li key={outlet.id} className="silent-outlet">
          <span
            className="colour-dot"
            style={{ backgroundColor: outlet.colour }}
            aria-hidden="true"
          />
          {outlet.name}
        </li>
      ))}
    </ul>
  );
}
