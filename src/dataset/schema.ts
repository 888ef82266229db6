/**
 * The compiled dataset (`public/data/timeline.json`): the one contract between the
 * compiler (which writes it) and the app (which reads it). Both validate against this.
 */
import { z } from '../lib/zod.ts';

export const DATASET_SCHEMA_VERSION = 1;

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

export const eventSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  date: eventDateSchema,
  dateNote: z.string().min(1).nullable(),
  status: z.enum(['happened', 'expected']),
  themes: z.array(idSchema).min(1),
  /** Outlets that quote the event, sorted. Derived from `quotes`. */
  outletIds: z.array(idSchema).min(1),
  quotes: z.array(quoteSchema).min(1),
  differences: z.array(differenceSchema),
  /** Source file, relative to the project root. */
  file: z.string().min(1),
});
export type TimelineEvent = z.infer<typeof eventSchema>;

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    range: z.object({ start: isoDaySchema, end: isoDaySchema }),
    outlets: z.array(outletSchema),
    themes: z.array(themeSchema),
    articles: z.array(articleSchema),
    eras: z.array(eraSchema),
    events: z.array(eventSchema),
  })
  .superRefine((dataset, ctx) => {
    // Referential integrity: every id a record points at must exist.
    const outletIds = new Set(dataset.outlets.map((o) => o.id));
    const themeIds = new Set(dataset.themes.map((t) => t.id));
    const articleIds = new Set(dataset.articles.map((a) => a.id));
    dataset.articles.forEach((article, i) => {
      if (!outletIds.has(article.outletId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['articles', i, 'outletId'],
          message: `unknown outlet "${article.outletId}"`,
        });
      }
    });
    dataset.events.forEach((event, i) => {
      event.themes.forEach((theme, j) => {
        if (!themeIds.has(theme)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'themes', j],
            message: `unknown theme "${theme}"`,
          });
        }
      });
      event.quotes.forEach((quote, j) => {
        if (!articleIds.has(quote.articleId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'quotes', j, 'articleId'],
            message: `unknown article "${quote.articleId}"`,
          });
        }
        if (!outletIds.has(quote.outletId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['events', i, 'quotes', j, 'outletId'],
            message: `unknown outlet "${quote.outletId}"`,
          });
        }
      });
    });
    reportDuplicateIds(dataset.events, ['events'], ctx);
    reportDuplicateIds(dataset.outlets, ['outlets'], ctx);
    reportDuplicateIds(dataset.articles, ['articles'], ctx);
  });
export type Dataset = z.infer<typeof datasetSchema>;

function reportDuplicateIds(
  records: readonly { id: string }[],
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'id'],
        message: `duplicate id "${record.id}"`,
      });
    }
    seen.add(record.id);
  });
}
