/**
 * Bad datasets for the end-to-end tests, made from the real built one: broken copies
 * that the app must refuse with the schema path, and valid but hostile copies (markup in
 * every text field, megabyte strings) that it must render as plain text.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/**
 * The dataset as JSON, before validation, with each event's quotes, differences and file
 * joined back in from its part: tests break it in ways the types forbid, and `serveDataset`
 * splits it again into the index and parts the app fetches.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RawDataset = any;

const DATA = new URL('../dist/data/', import.meta.url);
const readJson = (file: string) => JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));

export function loadRawDataset(): RawDataset {
  const index = readJson('timeline.json');
  const details = new Map(
    index.parts.flatMap((p: RawDataset) =>
      readJson(p.file).events.map((d: RawDataset) => [d.id, d]),
    ),
  );
  return {
    ...index,
    events: index.events.map((e: RawDataset) => {
      return { ...e, ...(details.get(e.id) as RawDataset) };
    }),
  };
}

const DETAIL_KEYS = ['summary', 'quotes', 'differences', 'file'];
const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The index of a raw dataset: its events without the fields that live in parts. */
export function indexOf(raw: RawDataset): RawDataset {
  if (!isRecord(raw) || !Array.isArray(raw.events)) return raw;
  return {
    ...raw,
    events: raw.events.map((e: unknown) =>
      isRecord(e)
        ? Object.fromEntries(Object.entries(e).filter(([k]) => !DETAIL_KEYS.includes(k)))
        : e,
    ),
  };
}

/** Part `part` of a raw dataset: its events' quotes, differences and file, as the compiler writes it. */
export function partOf(raw: RawDataset, part: number): RawDataset {
  return {
    schemaVersion: raw.schemaVersion,
    events: raw.events
      .filter((e: RawDataset) => e.part === part)
      .map((e: RawDataset) => ({
        id: e.id,
        summary: e.summary,
        quotes: e.quotes,
        differences: e.differences,
        file: e.file,
      })),
  };
}

/** Serves `body()` (a raw dataset, whatever it currently is) as the index and its parts. */
export async function serveDataset(page: Page, body: () => unknown): Promise<void> {
  const json = (value: unknown) => ({
    contentType: 'application/json',
    body: JSON.stringify(value),
  });
  await page.route('**/data/timeline.json', (route) => route.fulfill(json(indexOf(body()))));
  await page.route('**/data/timeline/*.json', (route) => {
    const raw = body() as RawDataset;
    const file = new URL(route.request().url()).pathname.replace(/^.*\/data\//, '');
    const part = (raw?.parts ?? []).findIndex((p: RawDataset) => p?.file === file);
    return part === -1
      ? route.fulfill({ status: 404, body: 'Not found' })
      : route.fulfill(json(partOf(raw, part)));
  });
}

export interface BrokenFixture {
  name: string;
  /**
   * Where the problem is: in the index (the app refuses to start) or in the part holding an
   * event's quotes (the app starts; opening the event says what is wrong with its quotes).
   */
  file: 'index' | 'part';
  /** Breaks a fresh copy of the dataset in place (or returns a replacement). */
  breakIt: (dataset: RawDataset) => RawDataset | void;
  /** The schema paths reported, in order (the first few are listed on screen). */
  paths: string[];
  /** What is said about the first one. */
  message: RegExp;
}

const firstEventWithDifferences = (d: RawDataset): number =>
  d.events.findIndex((e: RawDataset) => e.differences.length > 0);

/** Every kind of broken file the app must refuse, by group. */
export const BROKEN_FIXTURES: Record<string, BrokenFixture[]> = {
  'missing fields': [
    {
      file: 'index',
      name: 'an event without a title',
      breakIt: (d) => void delete d.events[3].title,
      paths: ['events.3.title'],
      message: /expected string, received undefined/,
    },
    {
      file: 'index',
      name: 'an article without a headline',
      breakIt: (d) => void delete d.articles[1].headline,
      paths: ['articles.1.headline'],
      message: /expected string, received undefined/,
    },
    {
      file: 'index',
      name: 'an outlet without a colour',
      breakIt: (d) => void delete d.outlets[0].colour,
      paths: ['outlets.0.colour'],
      message: /expected string, received undefined/,
    },
    {
      file: 'part',
      name: 'a quote without offsets',
      breakIt: (d) => {
        delete d.events[4].quotes[0].start;
        delete d.events[4].quotes[0].end;
      },
      paths: ['events.4.quotes.0.start', 'events.4.quotes.0.end'],
      message: /expected number, received undefined/,
    },
    {
      file: 'index',
      name: 'no events at all',
      breakIt: (d) => void delete d.events,
      paths: ['events'],
      message: /expected array, received undefined/,
    },
  ],
  'wrong types': [
    {
      file: 'index',
      name: 'a date as a number',
      breakIt: (d) => void (d.events[0].date.start = 20180223),
      paths: ['events.0.date.start'],
      message: /expected string, received number/,
    },
    {
      file: 'part',
      name: 'an offset as a string',
      breakIt: (d) => void (d.events[1].quotes[0].start = String(d.events[1].quotes[0].start)),
      paths: ['events.1.quotes.0.start'],
      message: /expected number, received string/,
    },
    {
      file: 'index',
      name: 'themes as a string',
      breakIt: (d) => void (d.events[2].themes = 'security'),
      paths: ['events.2.themes'],
      message: /expected array, received string/,
    },
    {
      file: 'index',
      name: 'outlets as an object',
      breakIt: (d) => void (d.outlets = { ndtv: d.outlets[0] }),
      paths: ['outlets'],
      message: /expected array, received object/,
    },
    {
      file: 'index',
      name: 'an unknown schema version',
      breakIt: (d) => void (d.schemaVersion = 1),
      paths: ['schemaVersion'],
      message: /expected 2/,
    },
    {
      file: 'index',
      name: 'a list where the dataset should be',
      breakIt: (d) => [d],
      paths: ['(root)'],
      message: /expected object, received array/,
    },
  ],
  'dangling references': [
    {
      file: 'part',
      name: 'a quote naming an unknown article',
      breakIt: (d) => void (d.events[3].quotes[0].articleId = 'no-such-article'),
      paths: ['events.3.quotes.0.articleId'],
      message: /unknown article "no-such-article"/,
    },
    {
      file: 'index',
      name: 'an article naming an unknown outlet',
      breakIt: (d) => void (d.articles[1].outletId = 'no-such-outlet'),
      paths: ['articles.1.outletId'],
      message: /unknown outlet "no-such-outlet"/,
    },
    {
      file: 'index',
      name: 'an event naming an unknown theme',
      breakIt: (d) => void (d.events[5].themes[0] = 'no-such-theme'),
      paths: ['events.5.themes.0'],
      message: /unknown theme "no-such-theme"/,
    },
    {
      file: 'part',
      name: 'a difference naming an unknown quote',
      breakIt: (d) => {
        const i = firstEventWithDifferences(d);
        d.events[i].differences[0].positions[0].quoteIds[0] = 'no-such-quote';
      },
      paths: ['events.1.differences.0.positions.0.quoteIds.0'],
      message: /names quote "no-such-quote", which this event does not have/,
    },
    {
      file: 'index',
      name: 'an event with more outlets than quote counts',
      breakIt: (d) => void d.events[1].outletIds.push('zzz-no-such-outlet'),
      paths: ['events.1.outletIds.4', 'events.1.quoteCounts'],
      message: /unknown outlet "zzz-no-such-outlet"/,
    },
    {
      file: 'part',
      name: "an event's quote counts disagreeing with its quotes",
      breakIt: (d) => void (d.events[1].quoteCounts[0] += 1),
      paths: ['events.1.quotes'],
      message: /must match the index's outlets and quote counts for "[a-z0-9-]+"/,
    },
    {
      file: 'part',
      name: 'quote offsets that do not match the text',
      // Three ways wrong at once: the span, the article's end and the context.
      breakIt: (d) => void (d.events[0].quotes[0].end += 3),
      paths: ['events.0.quotes.0.end', 'events.0.quotes.0.end', 'events.0.quotes.0.context'],
      message: /span \d+ characters, but the text has \d+/,
    },
    {
      file: 'part',
      name: 'a quote past the end of its article',
      breakIt: (d) => {
        const quote = d.events[0].quotes[0];
        const article = d.articles.find((a: RawDataset) => a.id === quote.articleId);
        article.bodyLength = quote.end - 1;
      },
      paths: ['events.0.quotes.0.end'],
      message: /is past the end of article/,
    },
  ],
  'duplicate ids': [
    {
      file: 'index',
      name: 'two events with one id',
      breakIt: (d) => void (d.events[7].id = d.events[6].id),
      paths: ['events.7.id'],
      message: /duplicate id "2024-relations-thaw" \(also events\.6\)/,
    },
    {
      file: 'index',
      name: 'two outlets with one id',
      breakIt: (d) => void d.outlets.push({ ...d.outlets[0] }),
      paths: ['outlets.5.id'],
      message: /duplicate id/,
    },
    {
      file: 'index',
      name: 'two articles with one id',
      breakIt: (d) => void d.articles.push({ ...d.articles[0] }),
      paths: ['articles.5.id'],
      message: /duplicate id/,
    },
    {
      file: 'part',
      name: 'two quotes of one event with one id',
      breakIt: (d) => void (d.events[16].quotes[1].id = d.events[16].quotes[0].id),
      paths: ['events.16.quotes.1.id'],
      message: /duplicate id "[a-z0-9-]+" \(also events\.16\.quotes\.0\)/,
    },
    {
      file: 'index',
      name: 'two themes with one id',
      breakIt: (d) => void d.themes.push({ ...d.themes[0] }),
      paths: ['themes.5.id'],
      message: /duplicate id/,
    },
  ],
  'unsafe links and impossible dates': [
    {
      file: 'index',
      name: 'a javascript: source link',
      breakIt: (d) => void (d.articles[3].url = 'javascript:window.__pwned=1'),
      paths: ['articles.3.url'],
      message: /must be an http\(s\) URL/,
    },
    {
      file: 'index',
      name: 'a data: source link',
      breakIt: (d) => void (d.articles[0].url = 'data:text/html,<script>window.__pwned=1</script>'),
      paths: ['articles.0.url'],
      message: /must be an http\(s\) URL/,
    },
    {
      file: 'index',
      name: '30 February',
      breakIt: (d) => {
        d.events[1].date.start = '2023-02-30';
        d.events[1].date.end = '2023-02-30';
      },
      paths: ['events.1.date.start', 'events.1.date.end'],
      message: /"2023-02-30" is not a real day/,
    },
    {
      file: 'index',
      name: 'an event ending before it starts',
      breakIt: (d) => void (d.events[0].date.end = '2018-01-01'),
      paths: ['events.0.date.end'],
      message: /2018-01-01 is before the start, 2018-02-23/,
    },
  ],
};

/** Markup meant to run if ever written as HTML, tagged with the field it sits in. */
export function payload(field: string): string {
  return `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><a href="javascript:window.__pwned=1">${field}</a>`;
}

/** Keys of the fields that hold prose, names or labels (not ids, dates, enums, colours). */
const TEXT_KEYS = new Set([
  'title',
  'summary',
  'dateNote',
  'label',
  'note',
  'headline',
  'notes',
  'name',
  'country',
  'description',
  'reason',
  'file',
  // Outside quotes (rewritten below with their offsets), only removed text is `text`.
  'text',
]);

export interface PoisonedDataset {
  dataset: RawDataset;
  /** Every field given a payload, by path. */
  fields: string[];
}

/**
 * The dataset with a payload in every text field: the fields above, every quote and
 * context text, and every nullable note, country and date note. Quote offsets, context
 * offsets and article lengths are moved to match, so the file stays valid.
 */
export function poisonedDataset(): PoisonedDataset {
  const dataset = loadRawDataset();
  const fields: string[] = [];
  const poison = (node: RawDataset, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => poison(child, `${path}.${i}`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const at = path ? `${path}.${key}` : key;
      const nullableText = ['dateNote', 'notes', 'country'].includes(key) && value === null;
      if (TEXT_KEYS.has(key) && (typeof value === 'string' || nullableText)) {
        node[key] = payload(at);
        fields.push(at);
      } else if (key !== 'quotes' && key !== 'parts') {
        poison(value, at);
      }
    }
  };
  poison(dataset, '');

  const articleEnds = new Map<string, number>();
  dataset.events.forEach((event: RawDataset, i: number) => {
    event.quotes.forEach((quote: RawDataset, j: number) => {
      const at = `events.${i}.quotes.${j}`;
      const text = payload(`${at}.text`);
      const before = `${payload(`${at}.context.text`)} `;
      quote.text = text;
      quote.start = before.length;
      quote.end = before.length + text.length;
      quote.context = { text: `${before}${text}`, start: 0, end: quote.end };
      articleEnds.set(quote.articleId, Math.max(articleEnds.get(quote.articleId) ?? 0, quote.end));
      fields.push(`${at}.text`, `${at}.context.text`);
    });
  });
  for (const article of dataset.articles) {
    article.bodyLength = Math.max(article.bodyLength, articleEnds.get(article.id) ?? 0);
    // Still a web address, now with markup in it: a link, never a script.
    if (article.url) article.url = `${article.url}?q=<script>window.__pwned=1</script>`;
  }
  return { dataset, fields };
}

/** The field kinds a payload went into: `events.*.title`, `events.*.quotes.*.text`, … */
export function fieldKinds(fields: readonly string[]): string[] {
  return [...new Set(fields.map((f) => f.replace(/\.\d+(?=\.|$)/g, '.*')))].sort();
}

/** One megabyte of one unbroken word: no spaces to wrap at. */
export const MEGABYTE_WORD = 'W'.repeat(1024 * 1024);

/** Valid, with a 1 MB title and summary on one event and a 1 MB quote on another. */
export function megabyteDataset(): RawDataset {
  const dataset = loadRawDataset();
  dataset.events[0].title = `Huge title ${MEGABYTE_WORD}`;
  dataset.events[0].summary = `Huge summary ${MEGABYTE_WORD}`;
  const quote = dataset.events[1].quotes[0];
  const text = `Huge quote ${MEGABYTE_WORD}`;
  Object.assign(quote, { text, start: 0, end: text.length });
  quote.context = { text, start: 0, end: text.length };
  const article = dataset.articles.find((a: RawDataset) => a.id === quote.articleId);
  article.bodyLength = Math.max(article.bodyLength, text.length);
  return dataset;
}
