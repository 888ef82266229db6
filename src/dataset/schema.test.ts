import { describe, expect, it } from 'vitest';
import { makeDataset } from './dataset-fixture.ts';
import { datasetSchema, type Dataset } from './schema.ts';

/** Every problem the schema reports for a dataset broken by `breakIt`, as `path: message`. */
function problemsAfter(breakIt: (dataset: Dataset) => void): string[] {
  const dataset = structuredClone(makeDataset());
  breakIt(dataset);
  const result = datasetSchema.safeParse(dataset);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const event = (d: Dataset, i: number) => d.events[i]!;

describe('datasetSchema', () => {
  it('accepts the unit-test dataset', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('names a dangling reference by its path', () => {
    expect(
      problemsAfter((d) => {
        event(d, 1).quotes[0]!.articleId = 'no-such-article';
        d.articles[0]!.outletId = 'no-such-outlet';
        event(d, 2).themes[0] = 'no-such-theme';
      }),
    ).toEqual([
      'articles.0.outletId: unknown outlet "no-such-outlet"',
      'events.1.quotes.0.articleId: unknown article "no-such-article"',
      'events.2.themes.0: unknown theme "no-such-theme"',
    ]);
  });

  it('rejects a difference naming a quote the event lacks', () => {
    expect(
      problemsAfter((d) => {
        event(d, 1).differences = [
          {
            label: 'What',
            note: 'Note',
            positions: [{ label: 'A', quoteIds: ['ndtv-q0', 'ghost'] }],
          },
        ];
      }),
    ).toEqual([
      'events.1.differences.0.positions.0.quoteIds.1: names quote "ghost", which this event does not have',
    ]);
  });

  it('rejects duplicate ids of events, outlets, themes, articles and quotes', () => {
    expect(
      problemsAfter((d) => {
        d.outlets.push({ ...d.outlets[0]! });
        d.themes.push({ ...d.themes[0]! });
        d.articles.push({ ...d.articles[0]! });
        d.events.push({ ...event(d, 3) });
        event(d, 1).quotes[1]!.id = event(d, 1).quotes[0]!.id;
      }),
    ).toEqual([
      'outlets.3.id: duplicate id "ndtv" (also outlets.0)',
      'themes.2.id: duplicate id "security" (also themes.0)',
      'articles.3.id: duplicate id "ndtv-article" (also articles.0)',
      'events.4.id: duplicate id "d" (also events.3)',
      'events.1.quotes.1.id: duplicate id "ndtv-q0" (also events.1.quotes.0)',
    ]);
  });

  it('requires outletIds to be the outlets of the quotes', () => {
    expect(
      problemsAfter((d) => {
        event(d, 1).outletIds = ['ndtv'];
      }),
    ).toEqual([
      "events.1.outletIds: must list the outlets of the event's quotes, sorted: expected [ndtv, wion]",
    ]);
  });

  it('requires a quote to come from its article’s outlet', () => {
    expect(
      problemsAfter((d) => {
        event(d, 0).quotes[0]!.articleId = 'wion-article';
      }),
    ).toEqual(['events.0.quotes.0.outletId: is "ndtv", but article "wion-article" is from "wion"']);
  });

  it('rejects quote offsets that do not point at the quote', () => {
    expect(
      problemsAfter((d) => {
        const [a, b] = [event(d, 0).quotes[0]!, event(d, 1).quotes[0]!];
        a.end += 5;
        a.context.end += 5;
        b.start = 2000;
        b.end = 2000 + b.text.length;
      }),
    ).toEqual([
      'events.0.quotes.0.end: offsets 0..28 span 28 characters, but the text has 23',
      'events.0.quotes.0.context.end: offsets 0..28 span 28 characters, but the text has 23',
      'events.1.quotes.0.end: 2023 is past the end of article "ndtv-article" (1000 characters)',
      'events.1.quotes.0.context: must contain the quote at its offsets',
    ]);
  });

  it('rejects impossible, reversed, out-of-range and unordered dates', () => {
    expect(
      problemsAfter((d) => {
        event(d, 0).date.start = '2018-02-30';
        event(d, 0).date.end = '2018-02-30';
        event(d, 1).date.end = '2023-06-01';
        event(d, 3).date = {
          start: '2027-01-01',
          end: '2027-01-01',
          precision: 'approx',
          label: null,
        };
        d.events.reverse();
      }),
    ).toEqual([
      'events.0.date: must fall within the dataset range 2018-01-01..2026-12-31',
      'events.0.date.label: an approximate date needs a label',
      'events.1.date.start: events must be in date order; this one is before events.0',
      'events.2.date.end: 2023-06-01 is before the start, 2023-06-18',
      'events.2.date.start: events must be in date order; this one is before events.1',
      'events.3.date.start: "2018-02-30" is not a real day',
      'events.3.date.end: "2018-02-30" is not a real day',
      'events.3.date.start: events must be in date order; this one is before events.2',
    ]);
  });

  it('rejects a javascript: source URL at its path', () => {
    expect(
      problemsAfter((d) => {
        d.articles[1]!.url = 'javascript:window.__pwned=1';
      }),
    ).toEqual(['articles.1.url: must be an http(s) URL']);
  });
});
