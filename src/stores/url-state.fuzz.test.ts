/**
 * Property tests: whatever a link holds, parsing never throws, gives a valid view, and
 * the canonical URL it is rewritten to reads back as the same view.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePack, type Pack } from '../briefing/pack.ts';
import { makeDataset } from '../dataset/dataset-fixture.ts';
import { MAX_QUERY_LENGTH, parsePack, parseViewState, serialiseViewState } from './url-state.ts';
import { INITIAL_VIEW_STATE, type ViewState } from './view-state.ts';

const dataset = makeDataset();
const eventIds = dataset.events.map((e) => e.id);
const outletIds = dataset.outlets.map((o) => o.id);
const themeIds = dataset.themes.map((t) => t.id);

/** Runs per property; the counts are quoted in the README's Reliability section. */
const FUZZ_RUNS = 2000;

const KEYS = ['view', 'event', 'present', 'pack', 'outlets', 'themes', 'q', 'differ', 'from', 'to'];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];
const MARKUP = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
];
const PERCENT_GARBAGE = ['%', '%%', '%zz', '%E0%A4', '%ED%A0%80', '%C0%AF', '%00', '%FF%FE', '%2'];
const UNICODE = [
  '\u202Eevil\u202C',
  '\u200F\u200E',
  'Montréal',
  '🇮🇳🇨🇦',
  '\uD83D',
  'e\u0301',
  '\u0000',
];

const hugeText = fc
  .tuple(
    fc.constantFrom('x', ' ', '🇮', 'ab%', '<b>', '\uD83D'),
    fc.integer({ min: 150, max: 5000 }),
  )
  .map(([unit, n]) => unit.repeat(n));

const day = fc
  .tuple(
    fc.integer({ min: 1990, max: 2040 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const idList = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...outletIds, ...themeIds, ...eventIds), fc.string()), {
      maxLength: 6,
    }),
    fc.constantFrom(',', ', ', ',,'),
  )
  .map(([ids, separator]) => ids.join(separator));

const packCode = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 64 }),
    title: fc.string({ maxLength: 300 }),
    items: fc.array(
      fc.record({
        eventId: fc.oneof(fc.constantFrom(...eventIds), fc.string()),
        note: fc.string(),
      }),
      { maxLength: 8 },
    ),
  })
  .map((pack: Pack) => encodePack(pack));

const value = fc.oneof(
  fc.constantFrom('', '1', '0', 'true', 'coverage', 'timeline', ...MARKUP, ...UNICODE),
  fc.constantFrom(...PERCENT_GARBAGE),
  fc.constantFrom(...eventIds, ...outletIds, ...themeIds),
  idList,
  day,
  packCode,
  fc.string({ unit: 'binary', maxLength: 40 }),
  hugeText,
);

const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Percent-encoded; a lone surrogate, which encodeURIComponent refuses, stays raw. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A query string of repeated and hostile parameters, encoded properly or written raw. */
const queryString = fc
  .tuple(
    fc.array(fc.tuple(key, value, fc.boolean()), { maxLength: 14 }),
    fc.constantFrom('?', '', '??'),
  )
  .map(
    ([pairs, lead]) =>
      lead +
      pairs
        .map(([k, v, encoded]) => (encoded ? `${encode(k)}=${encode(v)}` : `${k}=${v}`))
        .join('&'),
  );

const anyQueryString = fc.oneof(
  { weight: 4, arbitrary: queryString },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 500 }) },
);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isRealDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Ids that exist, at most once each, in dataset order. */
function isOrderedSubset(ids: readonly string[], all: readonly string[]): boolean {
  const positions = ids.map((id) => all.indexOf(id));
  return positions.every((p, i) => p !== -1 && (i === 0 || p > positions[i - 1]!));
}

function expectValidViewState(state: ViewState): void {
  expect(Object.keys(state).sort()).toEqual(Object.keys(INITIAL_VIEW_STATE).sort());
  expect(state.selectedEventId === null || eventIds.includes(state.selectedEventId)).toBe(true);
  expect(isOrderedSubset(state.hiddenOutlets, outletIds)).toBe(true);
  expect(isOrderedSubset(state.hiddenThemes, themeIds)).toBe(true);
  expect(typeof state.query).toBe('string');
  expect(state.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(state.query).not.toMatch(LONE_SURROGATE);
  expect(state.query === '' || state.query.trim() !== '').toBe(true);
  expect(typeof state.onlyDifferences).toBe('boolean');
  expect(typeof state.present).toBe('boolean');
  expect(['view', 'pack']).toContain(state.scope);
  expect(['timeline', 'coverage']).toContain(state.view);
  if (state.window !== null) {
    const { from, to } = state.window;
    expect(Object.keys(state.window).sort()).toEqual(['from', 'to']);
    expect(isRealDay(from) && isRealDay(to)).toBe(true);
    expect(from >= dataset.range.start && to <= dataset.range.end && from < to).toBe(true);
    expect(from === dataset.range.start && to === dataset.range.end).toBe(false);
  }
}

describe('parseViewState on hostile query strings', () => {
  it('never throws and always gives a valid view', () => {
    fc.assert(
      fc.property(anyQueryString, (search) => {
        expectValidViewState(parseViewState(search, dataset));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('is a fixed point through the canonical URL', () => {
    fc.assert(
      fc.property(anyQueryString, (search) => {
        const state = parseViewState(search, dataset);
        const pack = parsePack(search, dataset);
        const canonical = serialiseViewState(state, dataset, pack);
        expect(parseViewState(canonical, dataset)).toEqual(state);
        expect(parsePack(canonical, dataset)).toEqual(state.scope === 'pack' ? pack : null);
        // And the canonical URL is canonical: writing it again changes nothing.
        expect(serialiseViewState(parseViewState(canonical, dataset), dataset, pack)).toBe(
          canonical,
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('drops hostile values and clamps what can be clamped', () => {
    for (const markup of MARKUP) {
      const search = `?event=${encodeURIComponent(markup)}&outlets=${encodeURIComponent(markup)}&view=${encodeURIComponent(markup)}&present=${encodeURIComponent(markup)}`;
      expect(parseViewState(search, dataset)).toEqual(INITIAL_VIEW_STATE);
    }
    expect(parseViewState('?__proto__=x&constructor=y&toString=z', dataset)).toEqual(
      INITIAL_VIEW_STATE,
    );
    expect(Object.getPrototypeOf(parseViewState('?__proto__[polluted]=1', dataset))).toBe(
      Object.prototype,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Repeated parameters: the first counts.
    expect(parseViewState('?event=b&event=c&event=a', dataset).selectedEventId).toBe('b');
    // A query of 100 000 characters is cut to the limit, not to half a character.
    expect(parseViewState(`?q=${'🇮'.repeat(50_000)}`, dataset).query).toBe(
      '🇮'.repeat(MAX_QUERY_LENGTH / 2),
    );
    expect(parseViewState(`?q=x${'\u{1F1EE}'.repeat(200)}`, dataset).query).toHaveLength(
      MAX_QUERY_LENGTH - 1,
    );
    expect(parseViewState('?q=%20%20%20', dataset).query).toBe('');
    // A window past both ends of the range is the whole range: the default view.
    expect(parseViewState('?from=1990-01-01&to=2040-01-01', dataset).window).toBeNull();
    expect(parseViewState('?from=2019-13-01&to=2020-01-01', dataset).window).toBeNull();
  });
});
