import { describe, expect, it } from 'vitest';
import { loadCount, loadPlan, toggleOrder, toggleSequence, TOGGLES, warmUpPlan } from './plan.ts';

describe('toggleSequence', () => {
  const forty = Array.from({ length: 40 }, (_, i) => `Outlet ${i + 1}`);

  it('switches outlets 1..10 off, then 10..1 on again', () => {
    const sequence = toggleSequence(forty, TOGGLES);
    expect(sequence).toHaveLength(20);
    expect(sequence.slice(0, 10)).toEqual(
      forty.slice(0, 10).map((outlet) => ({ outlet, to: 'off' })),
    );
    expect(sequence.slice(10)).toEqual(
      forty
        .slice(0, 10)
        .reverse()
        .map((outlet) => ({ outlet, to: 'on' })),
    );
  });

  it('cycles through fewer outlets as often as it takes', () => {
    const sequence = toggleSequence(['A', 'B', 'C', 'D', 'E'], 20);
    expect(sequence).toHaveLength(20);
    expect(sequence.slice(0, 10).map((t) => `${t.outlet} ${t.to}`)).toEqual([
      'A off',
      'B off',
      'C off',
      'D off',
      'E off',
      'E on',
      'D on',
      'C on',
      'B on',
      'A on',
    ]);
    expect(sequence.slice(10)).toEqual(sequence.slice(0, 10));
  });

  it('with two toggles, switches one outlet off and on', () => {
    expect(toggleSequence(forty, 2)).toEqual([
      { outlet: 'Outlet 1', to: 'off' },
      { outlet: 'Outlet 1', to: 'on' },
    ]);
  });

  it('leaves every outlet as it found it when the count is even', () => {
    for (const count of [2, 4, 20]) {
      const off = new Set<string>();
      for (const { outlet, to } of toggleSequence(forty.slice(0, 7), count)) {
        if (to === 'off') off.add(outlet);
        else off.delete(outlet);
      }
      expect(off.size).toBe(0);
    }
  });

  it('is empty without outlets or toggles', () => {
    expect(toggleSequence([], 20)).toEqual([]);
    expect(toggleSequence(forty, 0)).toEqual([]);
  });
});

describe('toggleOrder', () => {
  it('puts the outlets with the most events of their own first, ties in dataset order', () => {
    const outlets = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
    const events = [
      { outletIds: ['c'] },
      { outletIds: ['c'] },
      { outletIds: ['b'] },
      { outletIds: ['a', 'b'] },
      { outletIds: ['d'] },
    ];
    expect(toggleOrder(outlets, events)).toEqual(['C', 'B', 'D', 'A']);
  });
});

describe('loadPlan', () => {
  it('gives ours the full set of measurements at every size', () => {
    for (const events of [18, 10_000, 50_000]) {
      const plan = loadPlan('ours', { events, run: 2 });
      expect(plan).toMatchObject({ toggles: 20, selects: 10, gestures: true });
    }
  });

  it('gives bare the same toggles when small, and no selections (it has no details pane)', () => {
    expect(loadPlan('bare', { events: 1000, run: 1 })).toMatchObject({ toggles: 20, selects: 0 });
  });

  it('from 10,000 events gives bare two capped toggles, in the first load only', () => {
    expect(loadPlan('bare', { events: 10_000, run: 1 })).toMatchObject({
      toggles: 2,
      toggleTimeoutMs: 30_000,
    });
    expect(loadPlan('bare', { events: 10_000, run: 2 }).toggles).toBe(0);
  });

  it('loads bare once at 50,000 events, with a three-minute cap', () => {
    expect(loadCount('bare', 50_000, 5)).toBe(1);
    expect(loadCount('bare', 10_000, 5)).toBe(5);
    expect(loadCount('ours', 50_000, 5)).toBe(5);
    expect(loadPlan('bare', { events: 50_000, run: 1 }).loadTimeoutMs).toBe(180_000);
  });
});

describe('warmUpPlan', () => {
  it('loads each page once to first interactive, measuring nothing else', () => {
    for (const kind of ['ours', 'bare'] as const) {
      expect(warmUpPlan(kind, 1000)).toMatchObject({ toggles: 0, selects: 0, gestures: false });
    }
    expect(warmUpPlan('ours', 50_000)?.loadTimeoutMs).toBe(180_000);
  });

  it('spares bare vis-timeline a warm-up where one load takes minutes', () => {
    expect(warmUpPlan('bare', 10_000)).not.toBeNull();
    expect(warmUpPlan('bare', 50_000)).toBeNull();
  });
});
