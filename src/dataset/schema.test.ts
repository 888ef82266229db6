import { describe, expect, it } from 'vitest';
import { makeCompiledDataset, makeFullDataset, splitFixture } from './dataset-fixture.ts';
import { datasetPartSchema, datasetSchema, type Dataset, type DatasetPart } from './schema.ts';

/** Every problem the index schema reports for a dataset broken by `breakIt`, as `path: message`. */
function problemsAfter(breakIt: (dataset: Dataset) => void, dataset = makeFullDataset().dataset) {
  const broken = structuredClone(dataset);
  breakIt(broken);
  const result = datasetSchema.safeParse(broken);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** The same for part 0 of the unit-test dataset (which holds all four events). */
function partProblemsAfter(breakIt: (part: DatasetPart) => void): string[] {
  const { dataset, parts } = makeFullDataset();
  const part = structuredClone(parts[0]!);
  breakIt(part);
  const result = datasetPartSchema(dataset, 0).safeParse(part);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const event = (d: Dataset, i: number) => d.events[i]!;
const details = (p: DatasetPart, i: number) => p.events[i]!;

describe('datasetSchema (the index)', () => {
  it('accepts the unit-test dataset, in one part or in many', () => {
    expect(problemsAfter(() => {})).toEqual([]);
    const split = splitFixture(makeCompiledDataset(), 1);
    expect(split.dataset.parts).toHaveLength(4);
    expect(problemsAfter(() => {}, split.dataset)).toEqual([]);
  });

  it('names a dangling reference by its path', () => {
    expect(
      problemsAfter((d) => {
        d.articles[0]!.outletId = 'no-such-outlet';
        event(d, 1).outletIds[1] = 'no-such-outlet';
        event(d, 2).themes[0] = 'no-such-theme';
      }),
    ).toEqual([
      'articles.0.outletId: unknown outlet "no-such-outlet"',
      'events.1.outletIds.1: unknown outlet "no-such-outlet"',
      'events.2.themes.0: unknown theme "no-such-theme"',
    ]);
  });

  it('rejects duplicate ids of events, outlets, themes and articles', () => {
    expect(
      problemsAfter((d) => {
        d.outlets.push({ ...d.outlets[0]! });
        d.themes.push({ ...d.themes[0]! });
        d.articles.push({ ...d.articles[0]! });
        d.events.push({ ...event(d, 3) });
        d.parts[0]!.events += 1;
      }),
    ).toEqual([
      'outlets.3.id: duplicate id "ndtv" (also outlets.0)',
      'themes.2.id: duplicate id "security" (also themes.0)',
      'articles.3.id: duplicate id "ndtv-article" (also articles.0)',
      'events.4.id: duplicate id "d" (also events.3)',
    ]);
  });

  it('requires outletIds sorted and one quote count for each', () => {
    expect(
      problemsAfter((d) => {
        event(d, 1).outletIds.reverse();
        event(d, 2).quoteCounts.push(1);
      }),
    ).toEqual([
      'events.1.outletIds.1: must be sorted, without repeats',
      'events.2.quoteCounts: must give one count for each of the 1 outlets in outletIds',
    ]);
  });

  it('requires each part to hold a run of consecutive events, as counted', () => {
    const split = splitFixture(makeCompiledDataset(), 1).dataset;
    expect(
      problemsAfter((d) => {
        event(d, 1).part = 2;
        event(d, 3).part = 7;
      }, split),
    ).toEqual([
      'events.1.part: parts hold consecutive events: expected 0 or 1',
      'events.3.part: there is no part 7 (4 parts)',
      'parts.1.events: is 1, but 0 events name this part',
      'parts.3.events: is 1, but 0 events name this part',
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

describe('datasetPartSchema (a part)', () => {
  it('accepts the unit-test part', () => {
    expect(partProblemsAfter(() => {})).toEqual([]);
  });

  it('names a dangling article and a difference naming a quote the event lacks', () => {
    expect(
      partProblemsAfter((p) => {
        details(p, 1).quotes[0]!.articleId = 'no-such-article';
        details(p, 1).differences = [
          {
            label: 'What',
            note: 'Note',
            positions: [{ label: 'A', quoteIds: ['ndtv-q0', 'ghost'] }],
          },
        ];
      }),
    ).toEqual([
      'events.1.quotes.0.articleId: unknown article "no-such-article"',
      'events.1.differences: holds 1, but the index counts 0',
      'events.1.differences.0.positions.0.quoteIds.1: names quote "ghost", which this event does not have',
    ]);
  });

  it('rejects duplicate quote ids, and quotes that disagree with the index’s outlets', () => {
    expect(
      partProblemsAfter((p) => {
        details(p, 1).quotes[1]!.id = details(p, 1).quotes[0]!.id;
        details(p, 2).quotes[0]!.outletId = 'ndtv';
        details(p, 2).quotes[0]!.articleId = 'ndtv-article';
      }),
    ).toEqual([
      'events.1.quotes.1.id: duplicate id "ndtv-q0" (also events.1.quotes.0)',
      `events.2.quotes: must match the index's outlets and quote counts for "c": wion 1`,
    ]);
  });

  it('requires a quote to come from its article’s outlet', () => {
    expect(
      partProblemsAfter((p) => {
        details(p, 0).quotes[0]!.articleId = 'wion-article';
      }),
    ).toEqual(['events.0.quotes.0.outletId: is "ndtv", but article "wion-article" is from "wion"']);
  });

  it('rejects quote offsets that do not point at the quote', () => {
    expect(
      partProblemsAfter((p) => {
        const [a, b] = [details(p, 0).quotes[0]!, details(p, 1).quotes[0]!];
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

  it('requires exactly the events the index puts in the part, in order', () => {
    expect(partProblemsAfter((p) => void p.events.reverse())).toEqual([
      'events.0.id: is "d", but the index has "a" here',
      'events.1.id: is "c", but the index has "b" here',
      'events.2.id: is "b", but the index has "c" here',
      'events.3.id: is "a", but the index has "d" here',
    ]);
    expect(partProblemsAfter((p) => void p.events.pop())).toEqual([
      'events: holds 3 events, but the index puts 4 in it',
    ]);
  });
});
