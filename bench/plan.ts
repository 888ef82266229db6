/** What each page load does, decided up front: pure, so the choices are tested and visible. */

export type PageKind = 'ours' | 'bare';

export interface LoadPlan {
  /** Navigation → items painted and input handled; a slower load is recorded as a timeout. */
  loadTimeoutMs: number;
  toggles: number;
  /** Per toggle; the first toggle over it ends the toggles of this load. */
  toggleTimeoutMs: number;
  /** Toggles stop once they have taken this long in all (the rest are not run). */
  toggleBudgetMs: number;
  /** ArrowRight presses, each timed to the details pane showing the event's quotes. */
  selects: number;
  selectTimeoutMs: number;
  /** The zoom and pan gestures; each is abandoned after gestureTimeoutMs. */
  gestures: boolean;
  gestureTimeoutMs: number;
  /** Zooming in before the pan (not measured). */
  prepareTimeoutMs: number;
}

export interface PlanOptions {
  events: number;
  /** 1-based. */
  run: number;
}

/** The number of outlet toggles the issue asks for. */
export const TOGGLES = 20;
export const SELECTS = 10;
/** From this size on, bare vis-timeline takes seconds to minutes per load and per toggle. */
export const BARE_SLOW_FROM = 10_000;
export const BARE_HUGE_FROM = 50_000;

export function loadPlan(kind: PageKind, { events, run }: PlanOptions): LoadPlan {
  const big = events >= BARE_HUGE_FROM;
  const ours: LoadPlan = {
    loadTimeoutMs: big ? 180_000 : 120_000,
    toggles: TOGGLES,
    toggleTimeoutMs: 60_000,
    toggleBudgetMs: 120_000,
    selects: SELECTS,
    selectTimeoutMs: 30_000,
    gestures: true,
    gestureTimeoutMs: 60_000,
    prepareTimeoutMs: 120_000,
  };
  if (kind === 'ours') return ours;
  const slow = events >= BARE_SLOW_FROM;
  return {
    ...ours,
    loadTimeoutMs: slow ? 180_000 : ours.loadTimeoutMs,
    // Re-showing items through a DataView filter is what does not scale: two toggles
    // (one outlet off and on again), once, each capped.
    toggles: slow ? (run === 1 ? 2 : 0) : TOGGLES,
    toggleTimeoutMs: slow ? 30_000 : ours.toggleTimeoutMs,
    selects: 0,
  };
}

/**
 * A load before the measured ones, its numbers thrown away: the first page a dataset gets
 * runs while the browser and the machine are still settling (processes starting, caches
 * filling), and one slow load of twenty toggles would be the p95 on its own. Only to first
 * interactive; none for bare vis-timeline where its loads take minutes.
 */
export function warmUpPlan(kind: PageKind, events: number): LoadPlan | null {
  if (kind === 'bare' && events >= BARE_HUGE_FROM) return null;
  return { ...loadPlan(kind, { events, run: 0 }), toggles: 0, selects: 0, gestures: false };
}

/** How many loads of each page a dataset gets. */
export function loadCount(kind: PageKind, events: number, runs: number): number {
  return kind === 'bare' && events >= BARE_HUGE_FROM ? 1 : runs;
}

export interface Toggle {
  outlet: string;
  to: 'off' | 'on';
}

/**
 * The outlets in the order they are toggled: those reporting the most events no other outlet
 * reports first, so that switching them off in turn changes what is shown each time (an
 * outlet with no events of its own changes nothing until the others are off).
 */
export function toggleOrder(
  outlets: readonly { id: string; name: string }[],
  events: readonly { outletIds: readonly string[] }[],
): string[] {
  const own = new Map<string, number>();
  for (const event of events) {
    if (event.outletIds.length === 1) {
      const id = event.outletIds[0]!;
      own.set(id, (own.get(id) ?? 0) + 1);
    }
  }
  return outlets
    .map((outlet, i) => ({ name: outlet.name, own: own.get(outlet.id) ?? 0, i }))
    .sort((a, b) => b.own - a.own || a.i - b.i)
    .map((o) => o.name);
}

/**
 * Outlets 1..k off, then k..1 on, repeated: k is 10 at most, fewer when there are fewer
 * outlets or toggles left, so every outlet switched off is switched on again (with an even
 * count). Switching on in reverse undoes each step, so each toggle changes as much as the
 * one it undoes.
 */
export function toggleSequence(outlets: readonly string[], count: number): Toggle[] {
  const sequence: Toggle[] = [];
  if (outlets.length === 0) return sequence;
  while (sequence.length < count) {
    const left = count - sequence.length;
    const k = Math.max(1, Math.min(10, outlets.length, Math.floor(left / 2)));
    const round = outlets.slice(0, k);
    sequence.push(...round.map((outlet) => ({ outlet, to: 'off' as const })));
    sequence.push(...round.toReversed().map((outlet) => ({ outlet, to: 'on' as const })));
  }
  return sequence.slice(0, count);
}
