import type { Outlet, TimelineEvent } from '../../dataset/schema.ts';
import { outletsBackingPosition } from './outlets-backing-position.ts';

/** Each point on which the outlets' accounts differ, and which outlets take which side. */
export function DifferencesSection({
  event,
  outlets,
}: {
  event: TimelineEvent;
  outlets: readonly Outlet[];
}) {
  return (
    <section className="details-section" aria-labelledby="event-details-differences">
      <h3 id="event-details-differences" className="section-heading">
        Where outlets differ
      </h3>
      {event.differences.map((difference, i) => (
        <div key={i} className="difference">
          <h4 className="difference-label">{difference.label}</h4>
          <p className="difference-note">{difference.note}</p>
          <ul className="positions">
            {difference.positions.map((position, j) => (
              <li key={j} className="position">
                <span className="position-label">{position.label}</span>
                <span className="position-outlets">
                  <span className="visually-hidden">: </span>
                  {outletsBackingPosition(position, event, outlets).map((outlet, k) => (
                    <span key={outlet.id} className="position-outlet">
                      {k > 0 ? <span className="visually-hidden">, </span> : null}
                      <span
                        className="colour-dot"
                        style={{ backgroundColor: outlet.colour }}
                        aria-hidden="true"
                      />
                      {outlet.name}
                    </span>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
