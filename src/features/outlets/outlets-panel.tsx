import { useMemo, type CSSProperties } from 'react';
import { ExternalLink } from '../../components/external-link.tsx';
import { SideSheet } from '../../components/side-sheet.tsx';
import { selectOutletFacts, type OutletFacts } from '../../dataset/outlet-facts.ts';
import type { TimelineEvent } from '../../dataset/schema.ts';
import { useLoadedDataset } from '../../dataset/use-dataset.ts';
import { formatArticleDate } from '../../lib/citation.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { toWebUrl, webUrlHost } from '../../lib/web-url.ts';
import { useUiStore } from '../../stores/ui-store.ts';
import './outlets-panel.css';

/** Each outlet of the corpus: its country, its articles, and the events it reports. */
export function OutletsPanel({ onClose }: { onClose: () => void }) {
  const dataset = useLoadedDataset();
  const facts = useMemo(() => selectOutletFacts(dataset), [dataset]);

  const openEvent = (id: string) => {
    useUiStore.getState().selectEvent(id);
    // The details show beside (or, on a phone, under) where the sheet was.
    onClose();
  };

  return (
    <SideSheet title="Outlets" className="outlets-panel" onClose={onClose}>
      <p className="outlets-intro">
        {facts.length} {facts.length === 1 ? 'outlet' : 'outlets'}, {dataset.articles.length}{' '}
        {dataset.articles.length === 1 ? 'article' : 'articles'}. Counts are for the whole corpus,
        whatever the filters.
      </p>
      <ul className="outlet-facts-list">
        {facts.map((entry) => (
          <OutletFactsEntry key={entry.outlet.id} facts={entry} onOpenEvent={openEvent} />
        ))}
      </ul>
    </SideSheet>
  );
}

function OutletFactsEntry({
  facts: { outlet, articles, eventCount, quoteCount, firstEvent, lastEvent },
  onOpenEvent,
}: {
  facts: OutletFacts;
  onOpenEvent: (id: string) => void;
}) {
  const headingId = `outlet-facts-${outlet.id}`;
  return (
    <li className="outlet-facts" style={{ '--outlet-colour': outlet.colour } as CSSProperties}>
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>
          <span className="outlet-facts-key" aria-hidden="true" />
          {outlet.name}
        </h3>
        <dl className="outlet-facts-numbers">
          <div>
            <dt>Country</dt>
            <dd>{outlet.country ?? 'Not stated in the corpus'}</dd>
          </div>
          <div>
            <dt>Events reported</dt>
            <dd>
              {eventCount} ({quoteCount} {quoteCount === 1 ? 'quote' : 'quotes'})
            </dd>
          </div>
          <div>
            <dt>First event</dt>
            <dd>
              <EventLink event={firstEvent} onOpen={onOpenEvent} />
            </dd>
          </div>
          <div>
            <dt>Last event</dt>
            <dd>
              <EventLink event={lastEvent} onOpen={onOpenEvent} />
            </dd>
          </div>
        </dl>
        <h4>
          {articles.length} {articles.length === 1 ? 'article' : 'articles'} in the corpus
        </h4>
        <ul className="outlet-articles">
          {articles.map((article) => (
            <li key={article.id}>
              <p className="outlet-article-headline">
                {article.headline}
                {article.headlineSource === 'ours' ? (
                  <span className="headline-ours"> (description ours)</span>
                ) : null}
              </p>
              <p className="outlet-article-source">
                <time dateTime={article.published.date}>
                  {formatArticleDate(article.published)}
                </time>
                <span aria-hidden="true"> · </span>
                <ExternalLink
                  url={article.url}
                  fallback={<span className="source-unknown">Source URL unknown</span>}
                >
                  {webUrlHost(toWebUrl(article.url) ?? '')}
                  <span aria-hidden="true"> ↗</span>
                </ExternalLink>
              </p>
              {article.notes ? <p className="outlet-article-notes">{article.notes}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </li>
  );
}

function EventLink({
  event,
  onOpen,
}: {
  event: TimelineEvent | null;
  onOpen: (id: string) => void;
}) {
  if (!event) return <>None</>;
  return (
    <button type="button" className="outlet-event-link" onClick={() => onOpen(event.id)}>
      <span className="outlet-event-date">{formatEventDate(event.date)}</span>{' '}
      <span>{event.title}</span>
    </button>
  );
}
