import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatMB,
  formatMs,
  formatRatio,
  formatReport,
  README_END,
  README_START,
  updateReadme,
} from './report.ts';
import { datasetOf, loadOf, pageOf, resultsOf } from './results-fixture.ts';

describe('formatting', () => {
  it('writes times in ms below a second and in seconds above', () => {
    expect(formatMs(4.25)).toBe('4.3 ms');
    expect(formatMs(16.7)).toBe('17 ms');
    expect(formatMs(999.4)).toBe('999 ms');
    expect(formatMs(1234)).toBe('1.23 s');
    expect(formatMs(63_000)).toBe('63.0 s');
  });

  it('writes a timeout as "more than" its cap, and nothing as a dash', () => {
    expect(formatMs({ over: 30_000 })).toBe('> 30.0 s');
    expect(formatMB({ over: 300 })).toBe('> 300 MB');
    expect(formatMs(null)).toBe('—');
    expect(formatRatio(null)).toBe('—');
  });

  it('writes bytes in kB and MB of 1,000, ratios with two decimals', () => {
    expect(formatBytes(194_651)).toBe('194.7 kB');
    expect(formatBytes(43_210_000)).toBe('43.2 MB');
    expect(formatBytes(215_000_000)).toBe('215 MB');
    expect(formatRatio(1.0849)).toBe('1.08×');
    expect(formatRatio({ over: 3.2 })).toBe('> 3.20×');
    expect(formatRatio({ over: 2000 })).toBe('> 2000×');
    expect(formatRatio(24.56)).toBe('24.6×');
  });
});

describe('formatReport', () => {
  const results = resultsOf([
    datasetOf(),
    datasetOf({
      id: '10000',
      events: 10_000,
      outlets: 40,
      ours: pageOf(
        loadOf({ firstInteractive: 6300, toggles: [40, { timedOutAfter: 60_000 }] }),
        loadOf({ firstInteractive: 6500, notes: ['toggle Outlet 1 on: no answer in 60 s'] }),
      ),
      bare: pageOf(loadOf({ firstInteractive: 6000, selects: [] })),
    }),
  ]);
  const report = formatReport(results);
  const lines = report.split('\n');
  const rowOf = (dataset: string, measure: string) => {
    let current = '';
    for (const line of lines.filter((l) => l.startsWith('| '))) {
      const cells = line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, '').trim());
      if (cells[0]) current = cells[0];
      if (current.includes(dataset) && cells[1] === measure) return cells;
    }
    throw new Error(`no row ${dataset} / ${measure}`);
  };

  it('starts with the machine and the date', () => {
    expect(lines[0]).toBe(
      'Measured 2026-12-03 on AMD EPYC, 2 cores, 25 GB RAM; Debian GNU/Linux 12 (bookworm); Node 20.20.2; Chromium 156.0.8078.114.',
    );
  });

  it('gives one row per measure of each dataset: ours, bare, the ratio and the budget', () => {
    expect(rowOf('Real dataset', 'First interactive')).toEqual([
      '**Real dataset (18 events, 5 outlets)**',
      'First interactive',
      '1',
      '300 ms',
      '300 ms',
      '1',
      '280 ms',
      '280 ms',
      '1.07×',
      '≤ 1.1× bare ✓',
    ]);
    expect(rowOf('Real dataset', 'Select → details painted').slice(5, 9)).toEqual([
      '',
      '—',
      '—',
      '—',
    ]);
  });

  it('counts timeouts and fails the budgets they exceed', () => {
    const toggle = rowOf('10,000 events', 'Outlet toggle → painted');
    expect(toggle[2]).toBe('5 (1 timed out)');
    expect(toggle[4]).toBe('> 60.0 s');
    expect(toggle[9]).toBe('p95 ≤ 50 ms ✗');
    expect(rowOf('10,000 events', 'First interactive')[9]).toBe('≤ 1 s ✗');
  });

  it('lists the sizes, the initial JS and how many budgets were met', () => {
    expect(report).toContain('| Real dataset (18 events, 5 outlets) | 88.8 kB / 14.0 kB |');
    expect(report).toContain(
      'Initial JS: 194.7 kB gzip (661.7 kB raw; the entry and 2 module preloads); budget ≤ 200 kB gzip ✓.',
    );
    expect(report).toMatch(/Budgets: 4 of 10 met, 4 not measured in this run\./);
  });

  it('names what was cut short, once per kind, with the number of loads', () => {
    expect(report).toContain(
      '- 10,000 events, 40 outlets, ours: toggle Outlet 1 on: no answer in 60 s',
    );
  });
});

describe('updateReadme', () => {
  const readme = '# Title\n\nIntro.\n\n## Reliability\n\nText.\n';

  it('adds a Performance section before Reliability the first time', () => {
    const updated = updateReadme(readme, 'TABLE 1\n');
    expect(updated).toMatch(
      /^# Title\n\nIntro\.\n\n## Performance\n[\s\S]*<!-- bench:start[^\n]*\n\nTABLE 1\n\n<!-- bench:end -->\n\n## Reliability\n/,
    );
  });

  it('afterwards replaces only what is between the markers', () => {
    const once = updateReadme(readme, 'TABLE 1');
    const edited = once.replace('## Performance\n', '## Performance\n\nHand-written words.\n');
    const twice = updateReadme(edited, 'TABLE 2');
    expect(twice).toContain('Hand-written words.');
    expect(twice).toContain(`${README_START}\n\nTABLE 2\n\n${README_END}`);
    expect(twice).not.toContain('TABLE 1');
  });

  it('appends the section when there is no Reliability heading', () => {
    expect(updateReadme('# Title\n', 'T')).toMatch(
      /^# Title\n\n## Performance\n[\s\S]*bench:end -->\n$/,
    );
  });
});
