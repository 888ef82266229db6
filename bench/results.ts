/** The shape of bench/results.json, and the summaries made from the raw samples. */
import type { CompileRun } from './compile.ts';
import type { Machine } from './machine.ts';
import type { BenchOptions } from './options.ts';
import type { LoadSamples } from './scenarios.ts';
import type { Bytes, DatasetBytes } from './sizes.ts';
import { summarise, type Sample, type Summary } from './stats.ts';

/** What is measured per page load, in the order the tables show it. */
export const MEASURES = [
  'firstInteractive',
  'toggle',
  'select',
  'zoomFrame',
  'panFrame',
  'heapMB',
] as const;
export type Measure = (typeof MEASURES)[number];

/** The statistic a measure is judged by (and its ratio to bare taken on). */
export const PRIMARY: Record<Measure, 'median' | 'p95'> = {
  firstInteractive: 'median',
  toggle: 'p95',
  select: 'p95',
  zoomFrame: 'p95',
  panFrame: 'p95',
  heapMB: 'median',
};

export interface PageResult {
  loads: LoadSamples[];
  summary: Record<Measure, Summary | null>;
}

export interface DatasetResult {
  /** `real`, or the number of events of a synthetic corpus. */
  id: string;
  events: number;
  outlets: number;
  data: DatasetBytes;
  compile: {
    runs: CompileRun[];
    wallMs: Summary | null;
    cpuMs: Summary | null;
    peakRssMB: Summary | null;
  } | null;
  ours: PageResult;
  bare: PageResult | null;
}

export interface BenchResults {
  date: string;
  machine: Machine;
  options: BenchOptions;
  initialJs: Bytes & { files: string[] };
  datasets: DatasetResult[];
}

/** Every sample of every load, pooled per measure (frame times: every frame of every gesture). */
export function summarisePage(loads: LoadSamples[]): PageResult {
  const pooled = (pick: (load: LoadSamples) => Sample[]) => summarise(loads.flatMap(pick));
  return {
    loads,
    summary: {
      firstInteractive: pooled((l) => [l.firstInteractive]),
      toggle: pooled((l) => l.toggles),
      select: pooled((l) => l.selects),
      zoomFrame: pooled((l) => l.zoomFrames),
      panFrame: pooled((l) => l.panFrames),
      heapMB: pooled((l) => (l.heapMB === null ? [] : [l.heapMB])),
    },
  };
}

export function summariseCompile(runs: CompileRun[]): DatasetResult['compile'] {
  return {
    runs,
    wallMs: summarise(runs.map((r) => r.wallMs)),
    cpuMs: summarise(runs.flatMap((r) => (r.cpuMs === null ? [] : [r.cpuMs]))),
    peakRssMB: summarise(runs.flatMap((r) => (r.peakRssMB === null ? [] : [r.peakRssMB]))),
  };
}
