import { useMemo } from 'react';
import { useBriefing } from '../../briefing/use-briefing.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import {
  COVERAGE_KEY,
  selectBriefingCoverage,
  type CoverageTable,
} from '../../exports/coverage-table.ts';
import { useExportOptionsStore } from '../../stores/export-options.ts';
import { toHandoutContent, type HandoutEvent } from './handout-content.ts';
import './handout.css';

/** For `loadHandout`: the handout element, without exporting a component to hold in state. */
export const renderHandout = (preparedOn: string) => <Handout preparedOn={preparedOn} />;

/** The briefing in effect as a printable document: no controls, only what a reader needs. */
export function Handout({ preparedOn }: { preparedOn: string }) {
  const { briefing, parts, loaded } = useBriefing();
  const dataset = useLoadedDataset();
  const withCoverage = useExportOptionsStore((s) => s.coverageAppendix);
  const content = useMemo(
    () =>
      briefing &&
      toHandoutContent(
        briefing,
        preparedOn,
        withCoverage ? selectBriefingCoverage(dataset, briefing) : null,
      ),
    [briefing, preparedOn, dataset, withCoverage],
  );
  if (!content) {
    // Printing from the browser's menu before the quotes are in (Print handout… waits for them).
    return (
      <article className="handout" aria-label="Handout">
        <p>
          The quotes for this handout are still loading ({loaded} of {parts} files). Close this
          print preview and print again in a moment, or use Export → Print handout…
        </p>
      </article>
    );
  }
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
      {content.coverage ? <CoverageAppendix table={content.coverage} /> : null}
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

function CoverageAppendix({ table }: { table: CoverageTable }) {
  return (
    <section className="handout-appendix" aria-labelledby="handout-coverage-heading">
      <h2 id="handout-coverage-heading">Appendix: coverage</h2>
      <p className="handout-appendix-key">{COVERAGE_KEY}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            {table.outlets.map((name) => (
              <th key={name} scope="col" className="is-number">
                {name}
              </th>
            ))}
            <th scope="col" className="is-number">
              Outlets reporting
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.eventId}>
              <td>{row.date}</td>
              <th scope="row">{row.title}</th>
              {row.cells.map((text, i) => (
                <td key={table.outlets[i]} className="is-number">
                  {text}
                </td>
              ))}
              <td className="is-number">{row.reporting}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            <th scope="row">Events reported</th>
            {table.columnTotals.map((n, i) => (
              <td key={table.outlets[i]} className="is-number">
                {n}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
