import type { CSSProperties } from 'react';
import type { BriefingItem } from '../../briefing/briefing.ts';
import type { Dataset } from '../../dataset/schema.ts';
import { formatEventDate, formatYearRange } from '../../lib/format-date.ts';
import { placeOnStrip, yearStarts, type DaySpan } from './strip-position.ts';

const at = (range: DaySpan, span: DaySpan): CSSProperties => {
  const { left, width } = placeOnStrip(range, span);
  return { left: `${left * 100}%`, width: `${width * 100}%` };
};

/**
 * The whole period at a glance: eras as shaded bands, where every other slide's event starts as a tick, this slide's
 * event as a marker (a bar for a range), and how far through the briefing we are.
 */
export function TimelineStrip({
  dataset,
  events,
  index,
}: {
  dataset: Dataset;
  events: readonly BriefingItem[];
  index: number;
}) {
  const { range } = dataset;
  const current = events[index]?.event;
  const label = current
    ? `${formatYearRange(range)}: this event, ${formatEventDate(current.date)}`
    : formatYearRange(range);
  return (
    <footer className="timeline-strip">
      <div className="strip-track" role="img" aria-label={label}>
        {dataset.eras.map((era) => (
          <div key={era.id} className="strip-era" style={at(range, era)}>
            <span className="strip-era-label">{era.label}</span>
          </div>
        ))}
        {yearStarts(range).map(({ year, left }) => (
          <span key={year} className="strip-year" style={{ left: `${left * 100}%` }}>
            {year}
          </span>
        ))}
        {events.map(({ event }, i) =>
          i === index ? null : (
            <span
              key={event.id}
              className="strip-tick"
              style={{ left: `${placeOnStrip(range, event.date).left * 100}%` }}
            />
          ),
        )}
        {current ? (
          <span
            className={`strip-marker${current.status === 'expected' ? ' strip-marker-expected' : ''}`}
            data-testid="strip-marker"
            style={at(range, current.date)}
          />
        ) : null}
      </div>
      {index >= 0 ? (
        <p className="strip-progress">
          {index + 1} / {events.length}
        </p>
      ) : null}
    </footer>
  );
}
