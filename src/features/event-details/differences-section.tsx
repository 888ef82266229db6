import { useId, type CSSProperties } from 'react';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import type { Dataset, Difference, EventDetails } from '../../dataset/schema.ts';
import { selectIndex } from '../../dataset/selectors.ts';
import { toWebUrl } from '../../lib/web-url.ts';
import { groupDifferenceQuotes, type AttributedQuote } from './group-difference-quotes.ts';

/**
 * Each point on which the outlets' accounts differ: a neutral label, the curator's note,
 * and the positions side by side, each with the quotes that take it, verbatim.
 */
export function DifferencesSection({
  event,
  dataset,
  hiddenOutlets,
  terms,
}: {
  event: EventDetails;
  dataset: Dataset;
  hiddenOutlets: readonly string[];
  terms: readonly string[];
}) {
  return (
    <section className="details-section" aria-labelledby="event-details-differences">
      <h3 id="event-details-differences" className="section-heading">
        Where outlets differ
      </h3>
      {event.differences.map((difference, i) => (
        <DifferenceView
          key={i}
          difference={difference}
          event={event}
          dataset={dataset}
          hiddenOutlets={hiddenOutlets}
          terms={terms}
        />
      ))}
    </section>
  );
}

function DifferenceView({
  difference,
  event,
  dataset,
  hiddenOutlets,
  terms,
}: {
  difference: Difference;
  event: EventDetails;
  dataset: Dataset;
  hiddenOutlets: readonly string[];
  terms: readonly string[];
}) {
  const headingId = useId();
  const positions = groupDifferenceQuotes(difference, event, selectIndex(dataset), hiddenOutlets);
  return (
    <div className="difference" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="difference-label">
        {difference.label}
      </h4>
      <p className="difference-note">{difference.note}</p>
      <div className="positions">
        {positions.map((position, j) => (
          <PositionView key={j} terms={terms} {...position} />
        ))}
      </div>
    </div>
  );
}

function PositionView({
  label,
  shown,
  hidden,
  terms,
}: {
  label: string;
  shown: AttributedQuote[];
  hidden: AttributedQuote[];
  terms: readonly string[];
}) {
  const headingId = useId();
  return (
    <div className="position" role="group" aria-labelledby={headingId}>
      <h5 id={headingId} className="position-label">
        {label}
      </h5>
      {shown.length > 0 ? <PositionQuoteList quotes={shown} terms={terms} /> : null}
      {hidden.length > 0 ? (
        <details className="position-hidden">
          <summary>{hidden.length} more from hidden outlets</summary>
          <PositionQuoteList quotes={hidden} terms={terms} />
        </details>
      ) : null}
    </div>
  );
}

function PositionQuoteList({
  quotes,
  terms,
}: {
  quotes: AttributedQuote[];
  terms: readonly string[];
}) {
  return (
    <ul className="position-quotes">
      {quotes.map(({ quote, outlet, article }) => (
        <li
          key={quote.id}
          className="position-quote"
          style={{ '--outlet-colour': outlet.colour } as CSSProperties}
        >
          <span className="position-outlet">
            <span
              className="colour-dot"
              style={{ backgroundColor: outlet.colour }}
              aria-hidden="true"
            />
            {outlet.name}
          </span>
          <blockquote className="position-quote-text" cite={toWebUrl(article.url) ?? undefined}>
            <HighlightedText text={quote.text} terms={terms} />
          </blockquote>
        </li>
      ))}
    </ul>
  );
}
