/** Small BenchResults for the tests of the budgets and the report. */
import type { BenchResults, DatasetResult, PageResult } from './results.ts';
import { summarisePage } from './results.ts';
import type { LoadSamples } from './scenarios.ts';

export function loadOf(overrides: Partial<LoadSamples> = {}): LoadSamples {
  return {
    firstInteractive: 300,
    painted: 280,
    heapMB: 12,
    toggles: [10, 20, 30],
    selects: [15],
    zoomFrames: [16.7, 16.7, 33.3],
    panFrames: [16.7, 16.7],
    notes: [],
    ...overrides,
  };
}

export function pageOf(...loads: LoadSamples[]): PageResult {
  return summarisePage(loads.length > 0 ? loads : [loadOf()]);
}

export function datasetOf(overrides: Partial<DatasetResult> = {}): DatasetResult {
  return {
    id: 'real',
    events: 18,
    outlets: 5,
    data: { index: { raw: 88_789, gzip: 14_005 }, all: { raw: 88_789, gzip: 14_005, files: 1 } },
    compile: null,
    ours: pageOf(),
    bare: pageOf(loadOf({ firstInteractive: 280, selects: [] })),
    ...overrides,
  };
}

export function resultsOf(datasets: DatasetResult[]): BenchResults {
  return {
    date: '2026-12-03T12:00:00.000Z',
    machine: {
      cpu: 'AMD EPYC',
      cores: 2,
      ramGB: 25,
      os: 'Debian GNU/Linux 12 (bookworm)',
      node: 'v20.20.2',
      chromium: '156.0.8078.114',
      visTimeline: '8.5.4',
    },
    options: {
      sizes: [1000, 10_000, 50_000],
      real: true,
      outlets: 40,
      seed: 1,
      runs: 5,
      compileRuns: 3,
      bare: true,
      build: true,
      compile: true,
      readme: true,
      reportOnly: false,
      port: 4301,
    },
    initialJs: { raw: 661_695, gzip: 194_651, files: ['./a.js', './b.js', './c.js'] },
    datasets,
  };
}
