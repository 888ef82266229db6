/**
 * The compiled dataset: the one contract between the compiler (which writes it) and the
 * app (which reads it). Both validate against this.
 *
 * It comes in two kinds of file, so the first paint never waits for every quote:
 * - the index (`data/timeline.json`): outlets, themes, articles, eras and every event as
 *   a summary (what the timeline, list, filters and coverage need);
 * - parts (`data/timeline/<period>-<hash>.json`): the quotes and differences of a run of
 *   consecutive events, fetched when one of them is opened, presented, exported or searched.
 */
import { z } from '../lib/zod.ts';

export const DATASET_SCHEMA_VERSION = 2;

/** The period the product covers. Every event date must fall inside it. */
export const DATASET_RANGE = { start: '2018-01-01', end: '2026-12-31' } as const;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and hyphens');

/** A full calendar day, `YYYY-MM-DD`. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date');

export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #RRGGBB colour');

/** Only web links become links: anything else (javascript:, data:, …) is rejected. */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const precisionSchema = z.enum(['day', 'month', 'year', 'approx']);
export type Precision = z.infer<typeof precisionSchema>;

/** How precisely an article's publication date is known. */
export const publishedSchema = z.object({
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: z.enum(['day', 'month', 'year']),
});

export const eventDateSchema = z.object({
  /** First day the event may cover (inclusive). */
  start: isoDaySchema,
  /** Last day the event may cover (inclusive); equals `start` for a single day. */
  end: isoDaySchema,
  precision: precisionSchema,
  /** The words for an approximate date ("mid-2025"); null unless precision is `approx`. */
  label: z.string().min(1).nullable(),
});
export type EventDate = z.infer<typeof eventDateSchema>;

export const outletSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  country: z.string().min(1).nullable(),
  colour: colourSchema,
  articleCount: z.number().int().nonnegative(),
  eventCount: z.number().int().nonnegative(),
  quoteCount: z.number().int().nonnegative(),
});
export type Outlet = z.infer<typeof outletSchema>;

export const themeSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  colour: colourSchema,
});
export type Theme = z.infer<typeof themeSchema>;

export const removedTextSchema = z.object({
  /** Line of the collected seed text the removal was made on (1-based). */
  line: z.number().int().positive(),
  text: z.string().min(1),
  part: z.enum(['line', 'prefix']),
  reason: z.string().min(1),
});

export const articleSchema = z.object({
  id: idSchema,
  outletId: idSchema,
  headline: z.string().min(1),
  /** `ours` when the collected text had no headline and the words are a neutral description. */
  headlineSource: z.enum(['article', 'ours']),
  published: publishedSchema,
  url: webUrlSchema.nullable(),
  notes: z.string().nullable(),
  removed: z.array(removedTextSchema),
  /** Source file, relative to the project root. */
  file: z.string().min(1),
  bodyLength: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof articleSchema>;

export const eraSchema = z.object({
  id: idSchema,
  label: z.string().min(1),
  start: isoDaySchema,
  end: isoDaySchema,
  description: z.string(),
});
export type Era = z.infer<typeof eraSchema>;

export const quoteSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  outletId: idSchema,
  /** Exactly `articleBody.slice(start, end)`. */
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /** The enclosing paragraph, for "show in context"; offsets are into the article body. */
  context: z.object({
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  }),
});
export type Quote = z.infer<typeof quoteSchema>;

export const differenceSchema = z.object({
  label: z.string().min(1),
  note: z.string().min(1),
  positions: z
    .array(z.object({ label: z.string().min(1), quoteIds: z.array(idSchema).min(1) }))
    .min(1),
});
export type Difference = z.infer<typeof differenceSchema>;

/** An event as the index has it: what a timeline item or a list row shows, and what filters read. */
export const eventSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  date: eventDateSchema,
  dateNote: z.string().min(1).nullable(),
  status: z.enum(['happened', 'expected']),
  // References: each must name a listed theme or outlet (checked below, by lookup), which is
  // an id already; not checking their form again per event keeps a 50,000-event index quick.
  themes: z.array(z.string()).min(1),
  /** Outlets that quote the event, sorted. */
  outletIds: z.array(z.string()).min(1),
  /** How many quotes each of `outletIds` has, in the same order. */
  quoteCounts: z.array(z.number().int().positive()).min(1),
  /** How many differences between outlets the event records. */
  differenceCount: z.number().int().nonnegative(),
  /** Index into `parts`: the file holding the event's quotes and differences. */
  part: z.number().int().nonnegative(),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

export const partRefSchema = z.object({
  /** Relative to the index file. */
  file: z
    .string()
    .regex(
      /^[a-z0-9-]+\/[a-z0-9.-]+\.json$/,
      'must be a relative path like "timeline/2025-1a2b3c4d.json"',
    ),
  /** How many consecutive events of the index the part holds. */
  events: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
export type PartRef = z.infer<typeof partRefSchema>;

const datasetShapeSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  range: z.object({ start: isoDaySchema, end: isoDaySchema }),
  outlets: z.array(outletSchema),
  themes: z.array(themeSchema),
  articles: z.array(articleSchema),
  eras: z.array(eraSchema),
  parts: z.array(partRefSchema),
  events: z.array(eventSchema),
});

/** The index (`data/timeline.json`). */
export const datasetSchema = datasetShapeSchema.superRefine(checkIntegrity);
export type Dataset = z.infer<typeof datasetSchema>;

/** The rest of an event, as a part file holds it: its summary, quotes and differences. */
export const eventDetailsSchema = z.object({
  id: idSchema,
  summary: z.string().min(1),
  quotes: z.array(quoteSchema).min(1),
  differences: z.array(differenceSchema),
  /** Source file, relative to the project root. */
  file: z.string().min(1),
});
export type EventDetails = z.infer<typeof eventDetailsSchema>;

/** An event whole: what the detail pane, slides and exports show. */
export type FullEvent = TimelineEvent & EventDetails;

const partShapeSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  events: z.array(eventDetailsSchema),
});
export type DatasetPart = z.infer<typeof partShapeSchema>;

/**
 * Part `part` of `dataset`: its shape, and that it holds exactly the events the index puts
 * in it, with the quotes and differences the index counts.
 */
export function datasetPartSchema(dataset: Dataset, part: number) {
  return partShapeSchema.superRefine((value, ctx) =>
    checkPartIntegrity(value, dataset, part, (path, message) =>
      ctx.addIssue({ code: 'custom', path, message }),
    ),
  );
}

/**
 * The part's integrity checks alone, for a part whose shape its maker's types already
 * guarantee (the compiler's own output): what `datasetPartSchema` checks after the shapes.
 */
export function partIntegrityProblems(
  value: DatasetPart,
  dataset: Dataset,
  part: number,
): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  checkPartIntegrity(value, dataset, part, (path, message) => problems.push({ path, message }));
  return problems;
}

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

/**
 * What the shapes alone cannot say, and the app relies on: every id a record points at
 * exists, ids are unique, dates are real and in order, the derived fields agree with
 * each other, and each part holds a run of consecutive events.
 */
function checkIntegrity(dataset: z.infer<typeof datasetShapeSchema>, ctx: z.RefinementCtx): void {
  checkIndexIntegrity(dataset, (path, message) => ctx.addIssue({ code: 'custom', path, message }));
}

/**
 * The index's integrity checks alone, for an index whose shape its maker's types already
 * guarantee (the compiler's own output): what `datasetSchema` checks after the shapes.
 */
export function indexIntegrityProblems(dataset: Dataset): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  checkIndexIntegrity(dataset, (path, message) => problems.push({ path, message }));
  return problems;
}

function checkIndexIntegrity(dataset: z.infer<typeof datasetShapeSchema>, report: Report): void {
  const outletIds = new Set(dataset.outlets.map((o) => o.id));
  const themeIds = new Set(dataset.themes.map((t) => t.id));

  checkDayRange(dataset.range, ['range'], report);
  reportDuplicateIds(dataset.outlets, ['outlets'], report);
  reportDuplicateIds(dataset.themes, ['themes'], report);
  reportDuplicateIds(dataset.articles, ['articles'], report);
  reportDuplicateIds(dataset.eras, ['eras'], report);
  reportDuplicateIds(dataset.events, ['events'], report);

  dataset.articles.forEach((article, i) => {
    if (!outletIds.has(article.outletId)) {
      report(['articles', i, 'outletId'], `unknown outlet "${article.outletId}"`);
    }
  });
  dataset.eras.forEach((era, i) => checkDayRange(era, ['eras', i], report));

  const partEvents = dataset.parts.map(() => 0);
  dataset.events.forEach((event, i) => {
    const at = ['events', i];
    checkDayRange(event.date, [...at, 'date'], report);
    if (event.date.start < dataset.range.start || event.date.end > dataset.range.end) {
      report(
        [...at, 'date'],
        `must fall within the dataset range ${dataset.range.start}..${dataset.range.end}`,
      );
    }
    if (event.date.precision === 'approx' && event.date.label === null) {
      report([...at, 'date', 'label'], 'an approximate date needs a label');
    }
    const previous = dataset.events[i - 1];
    if (previous && event.date.start < previous.date.start) {
      report(
        [...at, 'date', 'start'],
        `events must be in date order; this one is before events.${i - 1}`,
      );
    }
    event.themes.forEach((theme, j) => {
      if (!themeIds.has(theme)) report([...at, 'themes', j], `unknown theme "${theme}"`);
    });
    event.outletIds.forEach((id, j) => {
      if (!outletIds.has(id)) report([...at, 'outletIds', j], `unknown outlet "${id}"`);
      else if (j > 0 && id <= event.outletIds[j - 1]!) {
        report([...at, 'outletIds', j], 'must be sorted, without repeats');
      }
    });
    if (event.quoteCounts.length !== event.outletIds.length) {
      report(
        [...at, 'quoteCounts'],
        `must give one count for each of the ${event.outletIds.length} outlets in outletIds`,
      );
    }
    if (event.part >= dataset.parts.length) {
      report([...at, 'part'], `there is no part ${event.part} (${dataset.parts.length} parts)`);
    } else if (previous && event.part !== previous.part && event.part !== previous.part + 1) {
      report(
        [...at, 'part'],
        `parts hold consecutive events: expected ${previous.part} or ${previous.part + 1}`,
      );
    } else if (!previous && event.part !== 0) {
      report([...at, 'part'], 'the first event must be in part 0');
    } else {
      partEvents[event.part]! += 1;
    }
  });
  dataset.parts.forEach((part, i) => {
    if (partEvents[i] !== part.events) {
      report(
        ['parts', i, 'events'],
        `is ${part.events}, but ${partEvents[i]} events name this part`,
      );
    }
  });
}

interface PartLookups {
  /** Index of the first event of each part, and one past the last. */
  starts: number[];
  articlesById: ReadonlyMap<string, Article>;
  outletIds: ReadonlySet<string>;
}

// Built once per index, not once per part checked against it.
const partLookupsByDataset = new WeakMap<Dataset, PartLookups>();

function partLookups(dataset: Dataset): PartLookups {
  let lookups = partLookupsByDataset.get(dataset);
  if (!lookups) {
    const starts = [0];
    for (const part of dataset.parts) starts.push(starts.at(-1)! + part.events);
    lookups = {
      starts,
      articlesById: new Map(dataset.articles.map((a) => [a.id, a])),
      outletIds: new Set(dataset.outlets.map((o) => o.id)),
    };
    partLookupsByDataset.set(dataset, lookups);
  }
  return lookups;
}

function checkPartIntegrity(
  value: DatasetPart,
  dataset: Dataset,
  part: number,
  report: Report,
): void {
  const ref = dataset.parts[part];
  if (!ref) {
    report([], `the index has no part ${part}`);
    return;
  }
  if (value.events.length !== ref.events) {
    report(
      ['events'],
      `holds ${value.events.length} events, but the index puts ${ref.events} in it`,
    );
    return;
  }
  const { starts, articlesById, outletIds } = partLookups(dataset);
  const first = starts[part]!;
  value.events.forEach((details, i) => {
    const at = ['events', i];
    const event = dataset.events[first + i]!;
    if (details.id !== event.id) {
      report([...at, 'id'], `is "${details.id}", but the index has "${event.id}" here`);
      return;
    }
    reportDuplicateIds(details.quotes, [...at, 'quotes'], report);
    details.quotes.forEach((quote, j) => {
      checkQuote(quote, articlesById, outletIds, [...at, 'quotes', j], report);
    });
    const counts = new Map<string, number>();
    for (const quote of details.quotes)
      counts.set(quote.outletId, (counts.get(quote.outletId) ?? 0) + 1);
    const quoted = [...counts.keys()].sort();
    if (
      quoted.join(',') !== event.outletIds.join(',') ||
      event.outletIds.some((id, j) => counts.get(id) !== event.quoteCounts[j])
    ) {
      report(
        [...at, 'quotes'],
        `must match the index's outlets and quote counts for "${event.id}": ${event.outletIds
          .map((id, j) => `${id} ${event.quoteCounts[j]}`)
          .join(', ')}`,
      );
    }
    if (details.differences.length !== event.differenceCount) {
      report(
        [...at, 'differences'],
        `holds ${details.differences.length}, but the index counts ${event.differenceCount}`,
      );
    }
    const quoteIds = new Set(details.quotes.map((q) => q.id));
    details.differences.forEach((difference, j) => {
      difference.positions.forEach((position, k) => {
        position.quoteIds.forEach((id, m) => {
          if (!quoteIds.has(id)) {
            report(
              [...at, 'differences', j, 'positions', k, 'quoteIds', m],
              `names quote "${id}", which this event does not have`,
            );
          }
        });
      });
    });
  });
}

function checkQuote(
  quote: Quote,
  articlesById: ReadonlyMap<string, Article>,
  outletIds: ReadonlySet<string>,
  at: Path,
  report: Report,
): void {
  const article = articlesById.get(quote.articleId);
  if (!article) report([...at, 'articleId'], `unknown article "${quote.articleId}"`);
  if (!outletIds.has(quote.outletId)) {
    report([...at, 'outletId'], `unknown outlet "${quote.outletId}"`);
    // An article with an unknown outlet is reported once, at the article.
  } else if (article && outletIds.has(article.outletId) && article.outletId !== quote.outletId) {
    report(
      [...at, 'outletId'],
      `is "${quote.outletId}", but article "${article.id}" is from "${article.outletId}"`,
    );
  }
  // Offsets count UTF-16 code units, as JavaScript's String#slice does.
  if (quote.end - quote.start !== quote.text.length) {
    report(
      [...at, 'end'],
      `offsets ${quote.start}..${quote.end} span ${quote.end - quote.start} characters, but the text has ${quote.text.length}`,
    );
  }
  if (article && quote.end > article.bodyLength) {
    report(
      [...at, 'end'],
      `${quote.end} is past the end of article "${article.id}" (${article.bodyLength} characters)`,
    );
  }
  const { context } = quote;
  if (context.end - context.start !== context.text.length) {
    report(
      [...at, 'context', 'end'],
      `offsets ${context.start}..${context.end} span ${context.end - context.start} characters, but the text has ${context.text.length}`,
    );
  } else if (
    context.start > quote.start ||
    context.end < quote.end ||
    context.text.slice(quote.start - context.start, quote.end - context.start) !== quote.text
  ) {
    report([...at, 'context'], 'must contain the quote at its offsets');
  }
}

// Thousands of events share a few thousand days: each day is checked once.
const realDays = new Map<string, boolean>();

/** A real calendar day: `2025-02-30` is well formed but no day. */
function isRealDay(value: string): boolean {
  let real = realDays.get(value);
  if (real === undefined) {
    real = isCalendarDay(value);
    // Bounded: a hostile file cannot grow it without end.
    if (realDays.size < 100_000) realDays.set(value, real);
  }
  return real;
}

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function checkDayRange(days: { start: string; end: string }, at: Path, report: Report): void {
  if (!isRealDay(days.start)) report([...at, 'start'], `"${days.start}" is not a real day`);
  if (!isRealDay(days.end)) report([...at, 'end'], `"${days.end}" is not a real day`);
  if (days.end < days.start)
    report([...at, 'end'], `${days.end} is before the start, ${days.start}`);
}

function reportDuplicateIds(records: readonly { id: string }[], path: Path, report: Report): void {
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const first = seen.get(record.id);
    if (first !== undefined) {
      report([...path, i, 'id'], `duplicate id "${record.id}" (also ${path.join('.')}.${first})`);
    } else {
      seen.set(record.id, i);
    }
  });
}
