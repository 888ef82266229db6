import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fuzzOptions } from './fuzz.ts';
import { loadSources } from './load-sources.ts';
import { QUICK_EVENT_KEYS, quickSourceEvent } from './quick-source-event.ts';
import { sourceDifferenceSchema, sourceEventSchema, sourceQuoteSchema } from './source-schema.ts';
import { syntheticSources } from './synthetic-sources.ts';

/** The schema's answer, as validate() in compile.ts asks for it. */
const bySchema = (value: unknown) => sourceEventSchema.safeParse(value, { reportInput: true });

/** Same value, same keys in the same order. */
function expectSame(quick: unknown, value: unknown) {
  const schema = bySchema(value);
  expect(schema.success, JSON.stringify(value)).toBe(true);
  expect(quick).toStrictEqual(schema.data);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(schema.data));
}

const synthetic = syntheticSources({ events: 300, seed: 9 }).events.map(
  (f) => parse(f.text) as unknown,
);

describe('the quick path past the event schema', () => {
  it('knows the keys the schema has', () => {
    const { shape } = sourceEventSchema;
    expect(Object.keys(shape)).toEqual(QUICK_EVENT_KEYS.event);
    expect(Object.keys(shape.date.shape)).toEqual(QUICK_EVENT_KEYS.date);
    expect(Object.keys(sourceQuoteSchema.shape)).toEqual(QUICK_EVENT_KEYS.quote);
    expect(Object.keys(sourceDifferenceSchema.shape)).toEqual(QUICK_EVENT_KEYS.difference);
    expect(Object.keys(sourceDifferenceSchema.shape.positions.element.shape)).toEqual(
      QUICK_EVENT_KEYS.position,
    );
  });

  it('takes every event of the real corpus and of a synthetic one, as the schema gives it', async () => {
    const real = await loadSources(path.resolve(import.meta.dirname, '../..'));
    const events = [...real.events.map((f) => parse(f.text) as unknown), ...synthetic];
    for (const event of events) {
      const quick = quickSourceEvent(event);
      expect(quick, JSON.stringify(event).slice(0, 80)).not.toBeNull();
      expectSame(quick, event);
    }
  });

  it('fills in the defaults and trims text as the schema does', () => {
    const event = {
      id: 'e',
      title: '  padded  ',
      summary: 's',
      date: { start: '2024', precision: 'year' },
      themes: ['t'],
    };
    const quick = quickSourceEvent(event);
    expect(quick).toMatchObject({
      title: 'padded',
      status: 'happened',
      quotes: [],
      differences: [],
    });
    expectSame(quick, event);
  });

  it('on damaged events, answers only what the schema answers', () => {
    const strange = fc.constantFrom<unknown>(
      null,
      undefined,
      0,
      2025,
      2025.5,
      true,
      '',
      '   ',
      ' x ',
      'Not-An-Id',
      'a--b',
      '2025-02-07',
      'expected',
      'happened',
      [],
      [''],
      ['a'],
      {},
      { id: 'a' },
      { label: 'l', quotes: [] },
      { label: 'l', quotes: ['q'] },
    );
    const damage = fc.record({
      event: fc.constantFrom(...synthetic),
      path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
      how: fc.oneof(
        fc.record({ set: strange }),
        fc.constant({ remove: true as const }),
        fc.record({
          add: fc.constantFrom('extra', 'titel', 'label', 'end', 'status', 'dateNote'),
          value: strange,
        }),
      ),
    });
    let answered = 0;
    fc.assert(
      fc.property(damage, ({ event, path: choices, how }) => {
        const value = damaged(structuredClone(event), choices, how);
        const quick = quickSourceEvent(value);
        if (quick === null) return;
        answered++;
        expectSame(quick, value);
      }),
      fuzzOptions(1000),
    );
    // Damage that leaves an event valid (a missing optional key, say) still takes the quick path.
    expect(answered).toBeGreaterThan(20);
  });
});

/** `event` with one thing changed, at the key that the indices `choices` lead to. */
function damaged(
  event: unknown,
  choices: number[],
  how: { set: unknown } | { remove: true } | { add: string; value: unknown },
): unknown {
  const keyOf = (node: object, choice: number) => {
    const keys = Object.keys(node);
    return keys[choice % keys.length]!;
  };
  let target = event as Record<string, unknown>;
  let key = keyOf(target, choices[0]!);
  for (const choice of choices.slice(1)) {
    const child = target[key];
    if (typeof child !== 'object' || child === null || Object.keys(child).length === 0) break;
    target = child as Record<string, unknown>;
    key = keyOf(target, choice);
  }
  if ('set' in how) target[key] = how.set;
  else if (!('remove' in how)) {
    if (!Array.isArray(target)) target[how.add] = how.value;
  } else if (Array.isArray(target)) target.splice(Number(key), 1);
  else delete target[key];
  return event;
}
