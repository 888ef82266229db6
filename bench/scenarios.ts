/**
 * One page load, driven the same way for our app and for the bare vis-timeline page: first
 * interactive, heap, outlet toggles, selections (ours only), then a zoom and a pan gesture.
 * Every wait has a cap; a slow page gives timeouts in the results, never a crashed harness.
 */
import { errors, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { BenchProbe, Reaction, ReactionOptions } from './page/probe-api.ts';
import { toggleSequence, type LoadPlan, type PageKind } from './plan.ts';
import type { Sample } from './stats.ts';

export interface LoadSamples {
  firstInteractive: Sample;
  /** Navigation → the frame with the first timeline items, ms. */
  painted: number | null;
  heapMB: number | null;
  toggles: Sample[];
  selects: Sample[];
  /** Frame times; a gesture over its cap adds one timeout. */
  zoomFrames: Sample[];
  panFrames: Sample[];
  /** What went wrong or was cut short, in words. */
  notes: string[];
}

export interface PageTarget {
  kind: PageKind;
  url: string;
  outletNames: readonly string[];
}

const VIEWPORT = { width: 1280, height: 800 };
const ITEMS_IGNORED = '.vis-current-time, .vis-tooltip';
const REGIONS: Record<PageKind, string[]> = {
  ours: ['.vis-timeline', '[aria-label="Events"]'],
  bare: ['.vis-timeline'],
};
const DETAILS = '[aria-label="Event details"]';
/** A reaction is over when the watched regions have been quiet this long. */
const QUIET_MS = 300;
/** An input that changed nothing at all in this long changed nothing (a no-op toggle). */
const NO_REACTION_MS = 5000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class TimedOut extends Error {}

/** A cap or a Playwright timeout: the page was too slow, as opposed to the harness failing. */
const isTimeout = (error: unknown) =>
  error instanceof TimedOut || error instanceof errors.TimeoutError;

/**
 * Races a promise against a cap; the loser is left to the context's closing. Every call
 * into a page goes through this: Playwright's own timeouts can wait on a page whose main
 * thread is busy (cleaning up in it), so only a timer outside the page is sure to fire.
 */
function capped<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, cap]).finally(() => clearTimeout(timer));
}

async function newPage(browser: Browser, probeScript: string): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await capped(context.newPage(), 60_000, 'opening a page');
  await page.addInitScript({ content: probeScript });
  return [context, page];
}

/** A page that is not answering is not a reason to stop: close what can be closed. */
const closeQuietly = (context: BrowserContext) =>
  capped(context.close(), 30_000, 'closing the page').catch(() => {});

/**
 * Navigates and waits for the first frame with items, then sends Shift at once and takes
 * the time its keydown handler runs: long tasks after the paint delay it, as they would a
 * reader's first key press.
 */
async function load(
  page: Page,
  url: string,
  timeoutMs: number,
): Promise<{ firstInteractive: Sample; painted: number | null }> {
  let sent = false;
  await page.exposeFunction('__benchPainted', () => {
    if (sent) return;
    sent = true;
    void page.keyboard
      .down('Shift')
      .then(() => page.keyboard.up('Shift'))
      .catch(() => {});
  });
  const started = Date.now();
  await capped(page.goto(url, { waitUntil: 'commit' }), timeoutMs, 'navigation');
  const left = () => Math.max(1, timeoutMs - (Date.now() - started));
  try {
    await capped(
      page.waitForFunction(
        () =>
          (window as unknown as { __bench: BenchProbe }).__bench.firstInteractive().inputHandled !==
          null,
        null,
        { timeout: left(), polling: 100 },
      ),
      left(),
      'first interactive',
    );
  } catch (error) {
    if (!isTimeout(error)) throw error;
    const painted = await capped(
      page.evaluate(
        () => (window as unknown as { __bench: BenchProbe }).__bench.firstInteractive().painted,
      ),
      5000,
      'reading the probe',
    ).catch(() => null);
    return { firstInteractive: { timedOutAfter: timeoutMs }, painted };
  }
  const first = await capped(
    page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.firstInteractive()),
    30_000,
    'reading the probe',
  );
  return { firstInteractive: first.inputHandled!, painted: first.painted };
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1e6;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Arms the probe, performs the input, and waits for the page to have reacted and painted. */
async function timeReaction(
  page: Page,
  options: ReactionOptions,
  act: () => Promise<void>,
  timeoutMs: number,
): Promise<Sample | 'no-reaction'> {
  await capped(
    page.evaluate(
      (o) => (window as unknown as { __bench: BenchProbe }).__bench.armReaction(o),
      options,
    ),
    timeoutMs,
    'arming the probe',
  );
  await capped(act(), timeoutMs, 'the input');
  const waited = page
    .waitForFunction(
      () => {
        const r = (window as unknown as { __bench: BenchProbe }).__bench.reaction();
        return r?.done ? r : null;
      },
      null,
      { timeout: timeoutMs + 5000, polling: 50 },
    )
    .then((handle) => handle.jsonValue() as Promise<Reaction>);
  const reaction = await capped(waited, timeoutMs + 5000, 'the reaction');
  if (reaction.outcome === 'no-reaction') return 'no-reaction';
  if (reaction.outcome === 'gave-up') return { timedOutAfter: timeoutMs };
  return reaction.paintedAfterLast! - reaction.inputStamp!;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function toggles(
  page: Page,
  target: PageTarget,
  plan: LoadPlan,
  into: LoadSamples,
): Promise<boolean> {
  const started = Date.now();
  for (const { outlet, to } of toggleSequence(target.outletNames, plan.toggles)) {
    if (Date.now() - started > plan.toggleBudgetMs) {
      into.notes.push(
        `toggles stopped after ${into.toggles.length}: over ${plan.toggleBudgetMs / 1000} s in all`,
      );
      return true;
    }
    const box = page
      .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(outlet)}(?:$|[ ,])`) })
      .first();
    const options: ReactionOptions = {
      regions: REGIONS[target.kind],
      ignore: ITEMS_IGNORED,
      input: 'click',
      quietMs: QUIET_MS,
      noReactionMs: NO_REACTION_MS,
      giveUpMs: plan.toggleTimeoutMs,
    };
    try {
      const act = () => box.setChecked(to === 'on', { timeout: plan.toggleTimeoutMs });
      const sample = await timeReaction(page, options, act, plan.toggleTimeoutMs);
      if (sample === 'no-reaction') into.notes.push(`toggle ${outlet} ${to}: nothing changed`);
      else into.toggles.push(sample);
      if (typeof sample === 'object') return false;
    } catch (error) {
      if (isTimeout(error)) into.toggles.push({ timedOutAfter: plan.toggleTimeoutMs });
      into.notes.push(`toggle ${outlet} ${to}: ${message(error)}`);
      return false;
    }
  }
  return true;
}

async function selects(page: Page, plan: LoadPlan, into: LoadSamples): Promise<boolean> {
  // From the page itself, so ArrowRight is the list's key and not a checkbox's.
  await capped(
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()),
    plan.selectTimeoutMs,
    'leaving the filters',
  );
  for (let i = 0; i < plan.selects; i++) {
    const previous = await capped(
      page.evaluate(
        (pane) => `${location.search}\n${document.querySelector(`${pane} h2`)?.textContent ?? ''}`,
        DETAILS,
      ),
      plan.selectTimeoutMs,
      'reading the details',
    ).catch(() => null);
    const options: ReactionOptions = {
      regions: [DETAILS],
      input: 'keydown',
      ready: { pane: DETAILS, heading: 'h2', content: 'blockquote', previous },
      quietMs: QUIET_MS,
      noReactionMs: plan.selectTimeoutMs,
      giveUpMs: plan.selectTimeoutMs,
    };
    try {
      const sample = await timeReaction(
        page,
        options,
        () => page.keyboard.press('ArrowRight'),
        plan.selectTimeoutMs,
      );
      if (sample === 'no-reaction') {
        into.selects.push({ timedOutAfter: plan.selectTimeoutMs });
        into.notes.push(`select ${i + 1}: the details pane did not change`);
        return false;
      }
      into.selects.push(sample);
      if (typeof sample === 'object') return false;
    } catch (error) {
      if (isTimeout(error)) into.selects.push({ timedOutAfter: plan.selectTimeoutMs });
      into.notes.push(`select ${i + 1}: ${message(error)}`);
      return false;
    }
  }
  return true;
}

/** Where gestures happen: the middle of the visible part of the timeline's centre panel. */
async function gesturePoint(page: Page): Promise<{ x: number; y: number; width: number }> {
  const box = await page.locator('.vis-timeline .vis-panel.vis-center').first().boundingBox();
  if (!box) throw new Error('no timeline centre panel');
  const top = Math.max(box.y, 0);
  const bottom = Math.min(box.y + box.height, VIEWPORT.height);
  return { x: box.x + box.width / 2, y: (top + Math.max(top, bottom)) / 2, width: box.width };
}

/** Calls `step(i)` at `t0 + i * every` ms (later when a step itself is slow) until `duration`. */
async function paced(
  durationMs: number,
  everyMs: number,
  step: (fraction: number) => Promise<void>,
) {
  const t0 = performance.now();
  for (let i = 0; ; i++) {
    const due = t0 + i * everyMs;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const elapsed = performance.now() - t0;
    if (elapsed > durationMs) break;
    await step(elapsed / durationMs);
  }
}

async function recordFrames(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.startFrames());
  await gesture();
  return page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.stopFrames());
}

const WHEEL_NOTCH = 100;

/** Ctrl + wheel: 20 notches in over a second, 20 out over the next. */
async function zoomGesture(page: Page): Promise<number[]> {
  const { x, y } = await gesturePoint(page);
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  try {
    return await recordFrames(page, async () => {
      let sent = 0;
      await paced(2000, 50, async (f) => {
        if (sent >= 40) return;
        await page.mouse.wheel(0, f < 0.5 ? -WHEEL_NOTCH : WHEEL_NOTCH);
        sent++;
      });
    });
  } finally {
    await page.keyboard.up('Control');
  }
}

/**
 * Zooms in to about two years (at the whole range there is nowhere to pan to) and waits for
 * the page to settle: not measured. Each wheel notch zooms by 1.2 whatever its size, and
 * each costs a slow page a redraw, hence few.
 */
async function zoomInForPan(page: Page): Promise<void> {
  const { x, y } = await gesturePoint(page);
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  try {
    for (let i = 0; i < 8; i++) {
      await page.mouse.wheel(0, -WHEEL_NOTCH);
      await sleep(30);
    }
  } finally {
    await page.keyboard.up('Control');
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await sleep(1000);
}

/** A drag across the centre panel and back over two seconds, a move every 16 ms. */
async function panGesture(page: Page): Promise<number[]> {
  const { x, y, width } = await gesturePoint(page);
  const from = x + width * 0.2;
  const to = x - width * 0.2;
  await page.mouse.move(from, y);
  await page.mouse.down();
  try {
    return await recordFrames(page, () =>
      paced(2000, 16, (f) => page.mouse.move(from + (to - from) * (1 - Math.abs(1 - 2 * f)), y)),
    );
  } finally {
    await page.mouse.up();
  }
}

interface Gesture {
  name: 'zoom' | 'pan';
  prepare?: (page: Page) => Promise<void>;
  run: (page: Page) => Promise<number[]>;
  into: (samples: LoadSamples) => Sample[];
}

const GESTURES: Gesture[] = [
  { name: 'zoom', run: zoomGesture, into: (s) => s.zoomFrames },
  { name: 'pan', prepare: zoomInForPan, run: panGesture, into: (s) => s.panFrames },
];

const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);

export async function runLoad(
  browser: Browser,
  probeScript: string,
  target: PageTarget,
  plan: LoadPlan,
): Promise<LoadSamples> {
  const samples: LoadSamples = {
    firstInteractive: { timedOutAfter: plan.loadTimeoutMs },
    painted: null,
    heapMB: null,
    toggles: [],
    selects: [],
    zoomFrames: [],
    panFrames: [],
    notes: [],
  };
  let [context, page] = await newPage(browser, probeScript);
  const errors: string[] = [];
  const watchErrors = (p: Page) => p.on('pageerror', (e) => errors.push(message(e)));
  watchErrors(page);
  try {
    const first = await load(page, target.url, plan.loadTimeoutMs).catch((error: unknown) => {
      samples.notes.push(`load: ${message(error)}`);
      return null;
    });
    if (!first || typeof first.firstInteractive !== 'number') {
      if (first) {
        samples.painted = first.painted;
        samples.notes.push(
          `load: not interactive within ${plan.loadTimeoutMs / 1000} s${first.painted === null ? ' (no items painted)' : ''}`,
        );
      }
      return samples;
    }
    Object.assign(samples, first);
    samples.heapMB = await capped(heapMB(page), 60_000, 'measuring').catch((error: unknown) => {
      samples.notes.push(`heap: ${message(error)}`);
      return null;
    });

    let clean = plan.toggles === 0 || (await toggles(page, target, plan, samples));
    if (clean && plan.selects > 0) clean = await selects(page, plan, samples);
    if (!plan.gestures) return samples;
    if (!clean) {
      // The page is still busy with what timed out: gestures get a fresh load.
      await closeQuietly(context);
      [context, page] = await newPage(browser, probeScript);
      watchErrors(page);
      const again = await load(page, target.url, plan.loadTimeoutMs).catch(() => null);
      if (!again || typeof again.firstInteractive !== 'number') {
        samples.notes.push('gestures: the fresh load did not become interactive');
        return samples;
      }
    }
    for (const gesture of GESTURES) {
      const into = gesture.into(samples);
      try {
        if (gesture.prepare) {
          await capped(gesture.prepare(page), plan.prepareTimeoutMs, 'zooming in first');
        }
      } catch (error) {
        samples.notes.push(`${gesture.name}: not measured: ${message(error)}`);
        break;
      }
      try {
        into.push(...(await capped(gesture.run(page), plan.gestureTimeoutMs, 'the gesture')));
      } catch (error) {
        // Timed out: the page is stuck inside a frame at least this long.
        if (isTimeout(error)) into.push({ timedOutAfter: plan.gestureTimeoutMs });
        samples.notes.push(`${gesture.name}: ${message(error)}`);
        break;
      }
    }
    return samples;
  } catch (error) {
    // Whatever else goes wrong in a page ends this load, not the benchmark.
    samples.notes.push(`stopped: ${message(error)}`);
    return samples;
  } finally {
    if (errors.length > 0) samples.notes.push(`page errors: ${[...new Set(errors)].join('; ')}`);
    await closeQuietly(context);
  }
}
