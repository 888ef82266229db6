import { describe, expect, it } from 'vitest';
import { selectFullBriefing } from '../briefing/briefing-fixture.ts';
import { makeCompiledDataset } from '../dataset/dataset-fixture.ts';
import { NO_FILTERS } from '../dataset/selectors.ts';
import { splitFixture } from '../dataset/dataset-fixture.ts';
import type { CompiledDataset } from '../dataset/split-dataset.ts';
import { buildCoverageCsv } from './coverage-csv.ts';
import { selectBriefingCoverage } from './coverage-table.ts';

/** The fixture with a second February 2026 event quoted by ndtv (twice) and wion. */
function februaryDataset(): CompiledDataset {
  const dataset = makeCompiledDataset();
  const d = dataset.events.find((e) => e.id === 'd')!;
  const quote = (outletId: string, id: string) => ({ ...d.quotes[0]!, id, outletId });
  dataset.events.push({
    ...d,
    id: 'e',
    title: '=Talks, "round two"',
    date: { start: '2026-02-20', end: '2026-02-20', precision: 'day', label: null },
    outletIds: ['ndtv', 'wion'],
    quotes: [quote('ndtv', 'e1'), quote('ndtv', 'e2'), quote('wion', 'e3')],
  });
  return dataset;
}

describe('selectBriefingCoverage', () => {
  it('gives quote counts, silences and blanks for the briefing’s events and shown outlets', () => {
    const dataset = februaryDataset();
    const table = selectBriefingCoverage(
      splitFixture(dataset).dataset,
      selectFullBriefing(dataset, NO_FILTERS, null),
    );
    expect(table.outlets).toEqual(['NDTV (India)', 'WION (India)', 'ZEE (India)']);
    expect(table.rows.map((r) => [r.eventId, ...r.cells, r.reporting])).toEqual([
      ['a', '1', '', '', 1],
      ['b', '1', '1', '', 2],
      ['c', '', '1', '', 1],
      // d: zee only; ndtv and wion reported e in the same month.
      ['d', 'not mentioned', 'not mentioned', '1', 1],
      ['e', '2', '1', 'not mentioned', 2],
    ]);
    expect(table.columnTotals).toEqual([3, 3, 1]);
    expect(table.totalQuotes).toBe(8);
  });

  it('follows a pack’s order and leaves out hidden outlets', () => {
    const dataset = februaryDataset();
    const pack = {
      id: 'p',
      title: 'Pack',
      items: [
        { eventId: 'e', note: '' },
        { eventId: 'a', note: '' },
      ],
    };
    const briefing = selectFullBriefing(dataset, { ...NO_FILTERS, hiddenOutlets: ['wion'] }, pack);
    const table = selectBriefingCoverage(splitFixture(dataset).dataset, briefing);
    expect(table.outlets).toEqual(['NDTV (India)', 'ZEE (India)']);
    expect(table.rows.map((r) => [r.eventId, ...r.cells])).toEqual([
      ['e', '2', 'not mentioned'],
      ['a', '1', ''],
    ]);
  });
});

describe('buildCoverageCsv', () => {
  it('writes a header, a row per event and a totals row, guarded and quoted as RFC 4180', () => {
    const dataset = februaryDataset();
    const csv = buildCoverageCsv(
      selectBriefingCoverage(
        splitFixture(dataset).dataset,
        selectFullBriefing(dataset, NO_FILTERS, null),
      ),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'Event date,Event,NDTV (India),WION (India),ZEE (India),Outlets reporting,Event ID',
    );
    expect(lines[1]).toBe('23 Feb 2018,Title a,1,,,1,a');
    // A title that starts like a formula is kept as text; quotation marks are doubled.
    expect(lines[5]).toBe(`20 Feb 2026,"'=Talks, ""round two""",2,1,not mentioned,2,e`);
    expect(lines[6]).toBe(',Events reported,3,3,1,,');
    expect(lines).toHaveLength(8);
  });
});
