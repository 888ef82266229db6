/** `npm run bench -- [flags]`: the defaults are the full run. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Synthetic corpora, in events; the real dataset comes first unless `real` is false. */
  sizes: number[];
  real: boolean;
  outlets: number;
  seed: number;
  /** Loads of each page per dataset. */
  runs: number;
  compileRuns: number;
  bare: boolean;
  build: boolean;
  /** Reuse compiled output when the compiler has not changed (no compile timings then). */
  compile: boolean;
  readme: boolean;
  /** Only rewrite the tables from bench/results.json. */
  reportOnly: boolean;
  port: number;
}

export const USAGE = `npm run bench -- [--sizes 1000,10000,50000] [--no-real] [--outlets 40] [--seed 1]
                  [--runs 5] [--compile-runs 3] [--no-bare] [--no-build] [--no-compile]
                  [--no-readme] [--port 4301] [--report-only]`;

const count = (name: string, value: string, min: number): number => {
  const n = Number(value.trim().replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
};

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      sizes: { type: 'string', default: '1000,10000,50000' },
      'no-real': { type: 'boolean', default: false },
      outlets: { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '5' },
      'compile-runs': { type: 'string', default: '3' },
      'no-bare': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      'no-compile': { type: 'boolean', default: false },
      'no-readme': { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
      port: { type: 'string', default: '4301' },
    },
  });
  const sizes = values.sizes
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => count('sizes', s, 1));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    real: !values['no-real'],
    outlets: count('outlets', values.outlets, 1),
    seed: count('seed', values.seed, 0),
    runs: count('runs', values.runs, 1),
    compileRuns: count('compile-runs', values['compile-runs'], 1),
    bare: !values['no-bare'],
    build: !values['no-build'],
    compile: !values['no-compile'],
    readme: !values['no-readme'],
    reportOnly: values['report-only'],
    port: count('port', values.port, 1),
  };
}
