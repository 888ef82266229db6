import { useMemo } from 'react';
import { useBriefing } from '../../briefing/use-briefing.ts';
import { toHandoutContent, type HandoutEvent } from './handout-content.ts';
import './handout.css';

/** For `loadHandout`: the handout element, without exporting a component to hold in state. */
export const renderHandout = (preparedOn: string) => <Handout preparedOn={preparedOn} />;

/** The briefing in effect as a printable document: no controls, only what a reader needs. */
export function Handout({ preparedOn }: { preparedOn: string }) {
  const briefing = useBriefing();
  const content = useMemo(() => toHandoutContent(briefing, preparedOn), [briefing, preparedOn]);
  return (
    <article className="handout" aria-label="Handout">
      <header className="handout-header">
        <h1>{content.title}</h1>
        <p>{content.range}</p>
        <p>{content.scope}</p>
        <p>
          {content.prepared} ·{' '}
          {content.events.length === 1 ? '1 event' : `${content.events.length} events`}
        </p>
      </header>
      {content.events.map((event) => (
        <HandoutEventSection key={event.id} event={event} />
      ))}
    </article>
  );
}

function HandoutEventSection({ event }: { event: HandoutEvent }) {
  return (
    <section className="handout-event">
      <div className="handout-event-head">
        <p className="handout-date">
          {event.date}
          {event.expected && ' · expected'}
        </p>
        {event.dateNote && <p className="handout-date-note">{event.dateNote}</p>}
        <h2>{event.title}</h2>
        <p>{event.summary}</p>
        {event.note && (
          <p className="handout-note">
            <strong>Speaker note:</strong> {event.note}
          </p>
        )}
      </div>
      {event.quotes.map((quote) => (
        <figure key={quote.id} className="handout-quote">
          <blockquote>“{quote.text}”</blockquote>
          <figcaption>— {quote.source}</figcaption>
        </figure>
      ))}
    </section>
  );
}
