/**
 * The shapes of the hand-edited files in `data/`. Objects are strict so that a
 * misspelt key (`tittle:`) is reported rather than silently ignored.
 */
import { z } from 'zod';
import {
  colourSchema,
  idSchema,
  isoDaySchema,
  publishedSchema,
  removedTextSchema,
  webUrlSchema,
} from '../../src/dataset/schema.ts';

/** Dates may be written unquoted (`2025` parses as a number); both mean the same. */
const dateText = z.union([z.string(), z.number().int()]).transform(String);
const text = z.string().trim().min(1, 'must not be empty');

export const sourceOutletSchema = z.strictObject({
  id: idSchema,
  name: text,
  country: text.nullable(),
  colour: colourSchema,
});

export const sourceThemeSchema = z.strictObject({
  id: idSchema,
  label: text,
  colour: colourSchema,
});

export const sourceEraSchema = z.strictObject({
  id: idSchema,
  label: text,
  start: isoDaySchema,
  end: isoDaySchema,
  description: z.string().default(''),
});

export const articleFrontMatterSchema = z.strictObject({
  id: idSchema,
  outlet: idSchema,
  headline: text,
  headlineSource: z.enum(['article', 'ours']),
  published: z.strictObject({
    date: dateText.pipe(publishedSchema.shape.date),
    precision: publishedSchema.shape.precision,
  }),
  url: webUrlSchema.nullable(),
  /** The collected file the body was taken from, for provenance. */
  seed: z.string().nullable().default(null),
  notes: text.nullable().default(null),
  removed: z.array(removedTextSchema).default([]),
});

export const sourceQuoteSchema = z.strictObject({
  id: idSchema,
  article: idSchema,
  text,
});

export const sourceDifferenceSchema = z.strictObject({
  label: text,
  note: text,
  positions: z
    .array(z.strictObject({ label: text, quotes: z.array(idSchema).min(1) }))
    .min(1, 'needs at least one position'),
});

export const sourceEventSchema = z.strictObject({
  id: idSchema,
  title: text,
  summary: text,
  date: z.strictObject({
    start: dateText,
    end: dateText.optional(),
    precision: z.string(),
    label: text.optional(),
  }),
  dateNote: text.optional(),
  status: z.enum(['happened', 'expected']).default('happened'),
  themes: z.array(idSchema).min(1, 'needs at least one theme'),
  // Emptiness is checked by the compiler, which says why an event needs quotes.
  quotes: z.array(sourceQuoteSchema).default([]),
  differences: z.array(sourceDifferenceSchema).default([]),
});

export type SourceOutlet = z.infer<typeof sourceOutletSchema>;
export type SourceTheme = z.infer<typeof sourceThemeSchema>;
export type SourceEra = z.infer<typeof sourceEraSchema>;
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;
export type SourceEvent = z.infer<typeof sourceEventSchema>;
