/** The budgets, and whether a run met them. */
import { PRIMARY, type BenchResults, type Measure } from './results.ts';
import { ratio, type Stat } from './stats.ts';

export interface Budget {
  /** A dataset id, or null for the app as a whole. */
  dataset: string | null;
  measure: Measure | 'compileMs' | 'initialJsGzip';
  /** `ratio`: ours / bare of the measure's primary statistic. */
  kind: 'max' | 'ratio';
  limit: number;
  text: string;
}

export const BUDGETS: readonly Budget[] = [
  { dataset: 'real', measure: 'firstInteractive', kind: 'ratio', limit: 1.1, text: '≤ 1.1× bare' },
  { dataset: 'real', measure: 'toggle', kind: 'max', limit: 50, text: 'p95 ≤ 50 ms' },
  { dataset: '10000', measure: 'firstInteractive', kind: 'max', limit: 1000, text: '≤ 1 s' },
  { dataset: '10000', measure: 'toggle', kind: 'max', limit: 50, text: 'p95 ≤ 50 ms' },
  { dataset: '10000', measure: 'panFrame', kind: 'max', limit: 33, text: 'p95 ≤ 33 ms' },
  { dataset: '50000', measure: 'firstInteractive', kind: 'max', limit: 2000, text: '≤ 2 s' },
  { dataset: '50000', measure: 'toggle', kind: 'max', limit: 100, text: 'p95 ≤ 100 ms' },
  { dataset: '50000', measure: 'heapMB', kind: 'max', limit: 250, text: '≤ 250 MB' },
  { dataset: '50000', measure: 'compileMs', kind: 'max', limit: 10_000, text: '≤ 10 s' },
  { dataset: null, measure: 'initialJsGzip', kind: 'max', limit: 200_000, text: '≤ 200 kB gzip' },
];

export interface BudgetCheck {
  budget: Budget;
  /** null when the run did not measure it (a dataset left out, no bare page). */
  measured: Stat | null;
  /** null when not measured, or when a timeout leaves it undecided. */
  pass: boolean | null;
}

/** Within the limit; "more than x" fails only when x is already past it. */
export function meets(measured: Stat | null, limit: number): boolean | null {
  if (measured === null) return null;
  if (typeof measured === 'number') return measured <= limit;
  return measured.over >= limit ? false : null;
}

export function measuredFor(budget: Budget, results: BenchResults): Stat | null {
  if (budget.measure === 'initialJsGzip') return results.initialJs.gzip;
  const dataset = results.datasets.find((d) => d.id === budget.dataset);
  if (!dataset) return null;
  if (budget.measure === 'compileMs') return dataset.compile?.wallMs?.median ?? null;
  const pick = (page: typeof dataset.ours | null) =>
    page?.summary[budget.measure as Measure]?.[PRIMARY[budget.measure as Measure]] ?? null;
  return budget.kind === 'ratio'
    ? ratio(pick(dataset.ours), pick(dataset.bare))
    : pick(dataset.ours);
}

export function checkBudgets(results: BenchResults): BudgetCheck[] {
  return BUDGETS.map((budget) => {
    const measured = measuredFor(budget, results);
    return { budget, measured, pass: meets(measured, budget.limit) };
  });
}
