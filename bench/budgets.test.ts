import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, meets } from './budgets.ts';
import { summariseCompile } from './results.ts';
import { datasetOf, loadOf, pageOf, resultsOf } from './results-fixture.ts';

const check = (results: ReturnType<typeof resultsOf>, dataset: string | null, measure: string) =>
  checkBudgets(results).find((c) => c.budget.dataset === dataset && c.budget.measure === measure)!;

describe('meets', () => {
  it('passes at or under the limit', () => {
    expect(meets(50, 50)).toBe(true);
    expect(meets(50.1, 50)).toBe(false);
  });

  it('fails a timeout only when its cap is already past the limit', () => {
    expect(meets({ over: 30_000 }, 50)).toBe(false);
    expect(meets({ over: 20 }, 50)).toBeNull();
    expect(meets(null, 50)).toBeNull();
  });
});

describe('checkBudgets', () => {
  it('checks every budget of the issue', () => {
    expect(BUDGETS).toHaveLength(10);
    expect(checkBudgets(resultsOf([]))).toHaveLength(10);
  });

  it('judges first interactive on the real dataset by its ratio to bare (medians)', () => {
    const results = (ours: number, bare: number) =>
      resultsOf([
        datasetOf({
          ours: pageOf(loadOf({ firstInteractive: ours })),
          bare: pageOf(loadOf({ firstInteractive: bare })),
        }),
      ]);
    expect(check(results(330, 300), 'real', 'firstInteractive')).toMatchObject({
      pass: true,
    });
    expect(check(results(331, 300), 'real', 'firstInteractive').pass).toBe(false);
    expect(check(results(331, 300), 'real', 'firstInteractive').measured).toBeCloseTo(1.103);
  });

  it('judges toggles by their p95 over every toggle of every load', () => {
    const toggles = Array.from({ length: 19 }, () => 20);
    const results = (last: number) =>
      resultsOf([
        datasetOf({
          id: '10000',
          ours: pageOf(loadOf({ toggles: [...toggles, last] })),
        }),
      ]);
    expect(check(results(5000), '10000', 'toggle')).toMatchObject({ measured: 20, pass: true });
    const more = resultsOf([
      datasetOf({
        id: '10000',
        ours: pageOf(loadOf({ toggles: [20, 20] }), loadOf({ toggles: [60] })),
      }),
    ]);
    expect(check(more, '10000', 'toggle')).toMatchObject({ measured: 60, pass: false });
  });

  it('fails a budget whose measurement timed out past the limit', () => {
    const results = resultsOf([
      datasetOf({
        id: '50000',
        ours: pageOf(loadOf({ firstInteractive: { timedOutAfter: 180_000 } })),
      }),
    ]);
    expect(check(results, '50000', 'firstInteractive')).toMatchObject({
      measured: { over: 180_000 },
      pass: false,
    });
  });

  it('leaves what the run did not measure undecided', () => {
    const results = resultsOf([datasetOf({ bare: null })]);
    expect(check(results, 'real', 'firstInteractive')).toMatchObject({
      measured: null,
      pass: null,
    });
    expect(check(results, '50000', 'heapMB').pass).toBeNull();
  });

  it('checks the compiler at 50,000 events by its median wall time, and the initial JS', () => {
    const results = resultsOf([
      datasetOf({
        id: '50000',
        compile: summariseCompile([
          { wallMs: 9000, cpuMs: 9000, peakRssMB: 900 },
          { wallMs: 11_000, cpuMs: 9000, peakRssMB: 900 },
          { wallMs: 9500, cpuMs: 9000, peakRssMB: 900 },
        ]),
      }),
    ]);
    expect(check(results, '50000', 'compileMs')).toMatchObject({ measured: 9500, pass: true });
    expect(check(results, null, 'initialJsGzip')).toMatchObject({
      measured: 194_651,
      pass: true,
    });
  });
});
