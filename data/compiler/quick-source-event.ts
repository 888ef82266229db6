/**
 * A quick path past `sourceEventSchema` for the events that are plainly valid, which at scale
 * is nearly all of them: checking 50,000 events with zod allocates some 400 MB. It gives what
 * the schema would give (the same value, keys in the same order), or null whenever it has any
 * doubt, and the schema then runs and says what is wrong. So it never accepts what the schema
 * refuses; quick-source-event.test.ts checks that against the schema on damaged events.
 */
import type { SourceEvent } from './source-schema.ts';

/** The keys of each object of an event, as in source-schema.ts (the test checks they agree). */
export const QUICK_EVENT_KEYS = {
  event: [
    'id',
    'title',
    'summary',
    'date',
    'dateNote',
    'status',
    'themes',
    'quotes',
    'differences',
  ],
  date: ['start', 'end', 'precision', 'label'],
  quote: ['id', 'article', 'text'],
  difference: ['label', 'note', 'positions'],
  position: ['label', 'quotes'],
} as const;

/** As `idSchema` in src/dataset/schema.ts. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Thrown inside the check when in doubt; never escapes it. */
class Doubt extends Error {}
const doubt = (): never => {
  throw new Doubt();
};

type Fields = Record<string, unknown>;

/** `value` if it is a mapping with no key outside `keys`. */
function mapping(value: unknown, keys: readonly string[]): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return doubt();
  // All enumerable keys, own and inherited, as the schema's check for unknown keys sees them.
  for (const key in value) if (!keys.includes(key)) doubt();
  return value as Fields;
}

const id = (value: unknown): string =>
  typeof value === 'string' && ID.test(value) ? value : doubt();

/** `text` in source-schema.ts: trimmed, then not empty. */
function text(value: unknown): string {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed.length > 0 ? trimmed : doubt();
}

/** A date written as a number goes the long way. */
const dateText = (value: unknown): string => (typeof value === 'string' ? value : doubt());

function list<T>(value: unknown, item: (v: unknown) => T, min = 0): T[] {
  if (!Array.isArray(value) || value.length < min) return doubt();
  const items: T[] = new Array<T>(value.length);
  for (let i = 0; i < value.length; i++) items[i] = item(value[i]);
  return items;
}

export function quickSourceEvent(value: unknown): SourceEvent | null {
  try {
    const event = mapping(value, QUICK_EVENT_KEYS.event);
    const date = mapping(event.date, QUICK_EVENT_KEYS.date);
    const status = 'status' in event ? event.status : 'happened';
    if (status !== 'happened' && status !== 'expected') return null;
    // Built key by key in the schema's order; absent optional keys stay absent.
    const result: Fields = {
      id: id(event.id),
      title: text(event.title),
      summary: text(event.summary),
      date: {
        start: dateText(date.start),
        ...('end' in date ? { end: dateText(date.end) } : {}),
        precision: typeof date.precision === 'string' ? date.precision : doubt(),
        ...('label' in date ? { label: text(date.label) } : {}),
      },
    };
    if ('dateNote' in event) result.dateNote = text(event.dateNote);
    result.status = status;
    result.themes = list(event.themes, id, 1);
    result.quotes = !('quotes' in event)
      ? []
      : list(event.quotes, (v) => {
          const quote = mapping(v, QUICK_EVENT_KEYS.quote);
          return { id: id(quote.id), article: id(quote.article), text: text(quote.text) };
        });
    result.differences = !('differences' in event)
      ? []
      : list(event.differences, (v) => {
          const difference = mapping(v, QUICK_EVENT_KEYS.difference);
          return {
            label: text(difference.label),
            note: text(difference.note),
            positions: list(
              difference.positions,
              (p) => {
                const position = mapping(p, QUICK_EVENT_KEYS.position);
                return { label: text(position.label), quotes: list(position.quotes, id, 1) };
              },
              1,
            ),
          };
        });
    return result as SourceEvent;
  } catch (error) {
    if (error instanceof Doubt) return null;
    throw error;
  }
}
