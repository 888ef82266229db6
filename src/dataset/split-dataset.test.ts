import { describe, expect, it } from 'vitest';
import { makeCompiledDataset } from './dataset-fixture.ts';
import { joinParts, splitDataset, type CompiledDataset } from './split-dataset.ts';

const byPeriod = { fileName: (period: string) => `timeline/${period}.json` };

/** The fixture with `n` more events quoted by ndtv on consecutive days of March 2024. */
function withMarch2024(n: number): CompiledDataset {
  const dataset = makeCompiledDataset();
  const template = dataset.events[1]!;
  const extra = Array.from({ length: n }, (_, i) => {
    const day = `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`;
    return { ...template, id: `m${i}`, date: { ...template.date, start: day, end: day } };
  });
  extra.sort((a, b) => (a.date.start < b.date.start ? -1 : 1));
  dataset.events.splice(2, 0, ...extra);
  return dataset;
}

describe('splitDataset', () => {
  it('keeps everything in one part when it fits', () => {
    const { index, parts } = splitDataset(makeCompiledDataset(), {
      ...byPeriod,
      maxPartBytes: 1e6,
    });
    expect(index.parts).toEqual([
      { file: 'timeline/all.json', events: 4, bytes: Buffer.byteLength(parts[0]!.json) },
    ]);
    expect(index.events.map((e) => e.part)).toEqual([0, 0, 0, 0]);
  });

  it('splits by year, a year too big by month, and a month too big in runs', () => {
    const dataset = withMarch2024(40);
    const eventBytes = JSON.stringify({
      id: 'm0',
      quotes: dataset.events[2]!.quotes,
      differences: [],
      file: dataset.events[2]!.file,
    }).length;
    const { index } = splitDataset(dataset, { ...byPeriod, maxPartBytes: eventBytes * 15 });
    expect(index.parts.map((p) => [p.file, p.events])).toEqual([
      ['timeline/2018.json', 1],
      ['timeline/2023.json', 1],
      ['timeline/2024-03-1.json', 14],
      ['timeline/2024-03-2.json', 14],
      ['timeline/2024-03-3.json', 12],
      ['timeline/2025.json', 1],
      ['timeline/2026.json', 1],
    ]);
    for (const part of index.parts) {
      expect(part.bytes).toBeLessThanOrEqual(eventBytes * 15 + 100);
    }
  });

  it('summarises each event: quote counts by outlet, differences counted, its part', () => {
    const dataset = makeCompiledDataset();
    dataset.events[1]!.quotes.push({ ...dataset.events[1]!.quotes[1]!, id: 'extra' });
    dataset.events[1]!.differences = [
      { label: 'What', note: 'Note', positions: [{ label: 'x', quoteIds: ['extra'] }] },
    ];
    const { index } = splitDataset(dataset, { ...byPeriod, maxPartBytes: 1 });
    const b = index.events[1]!;
    expect([b.outletIds, b.quoteCounts, b.differenceCount, b.part]).toEqual([
      ['ndtv', 'wion'],
      [1, 2],
      1,
      1,
    ]);
    expect(Object.keys(b)).not.toContain('quotes');
  });

  it('gives back every event whole when the parts are joined', () => {
    const dataset = withMarch2024(10);
    const { index, parts } = splitDataset(dataset, { ...byPeriod, maxPartBytes: 2000 });
    const joined = joinParts(
      index,
      parts.map((p) => p.part),
    );
    expect(
      joined.map(({ quotes, differences, file, id }) => ({ id, quotes, differences, file })),
    ).toEqual(
      dataset.events.map(({ quotes, differences, file, id }) => ({
        id,
        quotes,
        differences,
        file,
      })),
    );
  });

  it('leaves the other periods’ files alone when one event changes', () => {
    const options = {
      fileName: (period: string, json: string) => `timeline/${period}-${json.length}.json`,
      maxPartBytes: 1,
    };
    const before = splitDataset(makeCompiledDataset(), options).index.parts.map((p) => p.file);
    const changed = makeCompiledDataset();
    changed.events[3]!.quotes[0]!.text += ' More.';
    const after = splitDataset(changed, options).index.parts.map((p) => p.file);
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after[3]).not.toBe(before[3]);
  });
});
