/** A small hand-made dataset for unit tests of the pure views; valid under the schema. */
import type { DetailsLookup } from './selectors.ts';
import type { Dataset, DatasetPart, FullEvent } from './schema.ts';
import {
  joinParts,
  splitDataset,
  type CompiledDataset,
  type CompiledEvent,
} from './split-dataset.ts';

function event(
  id: string,
  start: string,
  outletIds: string[],
  themes: string[],
  extra: Partial<CompiledEvent> = {},
): CompiledEvent {
  return {
    id,
    title: `Title ${id}`,
    summary: `Summary of ${id}`,
    date: { start, end: start, precision: 'day', label: null },
    dateNote: null,
    status: 'happened',
    themes,
    outletIds,
    quotes: outletIds.map((outletId, i) => {
      const text = `Quote from ${outletId} about ${id}`;
      return {
        id: `${outletId}-q${i}`,
        articleId: `${outletId}-article`,
        outletId,
        text,
        start: 0,
        end: text.length,
        context: { text, start: 0, end: text.length },
      };
    }),
    differences: [],
    file: `data/events/${id}.yaml`,
    ...extra,
  };
}

/** The index the app loads, for tests of what needs no quotes. */
export function makeDataset(): Dataset {
  return splitFixture(makeCompiledDataset()).dataset;
}

export interface SplitFixture {
  /** The index. */
  dataset: Dataset;
  /** Its events with their quotes and differences. */
  events: FullEvent[];
  parts: DatasetPart[];
}

/** A compiled dataset as the app gets it: the index, its parts, and the events joined again. */
export function splitFixture(compiled: CompiledDataset, maxPartBytes = 256 * 1024): SplitFixture {
  const { index, parts } = splitDataset(compiled, {
    maxPartBytes,
    fileName: (period) => `timeline/${period}.json`,
  });
  const loaded = parts.map((p) => p.part);
  return { dataset: index, events: joinParts(index, loaded), parts: loaded };
}

/** The whole dataset in memory, as the compiler has it before writing it. */
export function makeCompiledDataset(): CompiledDataset {
  return {
    schemaVersion: 2,
    range: { start: '2018-01-01', end: '2026-12-31' },
    outlets: ['ndtv', 'wion', 'zee'].map((id) => ({
      id,
      name: id.toUpperCase(),
      country: 'India',
      colour: '#000000',
      articleCount: 1,
      eventCount: 0,
      quoteCount: 0,
    })),
    themes: ['security', 'trade'].map((id) => ({ id, label: id, colour: '#111111' })),
    articles: ['ndtv', 'wion', 'zee'].map((outletId) => ({
      id: `${outletId}-article`,
      outletId,
      headline: `Headline of ${outletId.toUpperCase()}`,
      headlineSource: 'article' as const,
      published: { date: '2026-02-09', precision: 'day' as const },
      url: outletId === 'zee' ? null : `https://example.com/${outletId}`,
      notes: null,
      removed: [],
      file: `data/articles/${outletId}/${outletId}-article.md`,
      bodyLength: 1000,
    })),
    eras: [],
    events: [
      event('a', '2018-02-23', ['ndtv'], ['security']),
      event('b', '2023-06-18', ['ndtv', 'wion'], ['security', 'trade']),
      event('c', '2025-03-14', ['wion'], ['trade'], { title: 'Carney sworn in at Montréal' }),
      event('d', '2026-02-07', ['zee'], ['security']),
    ],
  };
}

/** The unit-test dataset as the app sees it, with every event's quotes at hand. */
export function makeFullDataset(): SplitFixture {
  return splitFixture(makeCompiledDataset());
}

/** A lookup of the fixture's details, as the app has once every part has loaded. */
export function detailsLookup(fixture: SplitFixture): DetailsLookup {
  const byId = new Map(fixture.events.map((e) => [e.id, e]));
  return (event) => byId.get(event.id);
}
