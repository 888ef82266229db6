/**
 * The measuring side of the benchmark, run in every benchmarked page (ours and the bare
 * vis-timeline page alike) before the page's own scripts, through page.addInitScript. It is
 * transpiled on its own (bench/browser-code.ts), so it imports nothing but types.
 *
 * "Painted" throughout means: a requestAnimationFrame callback after the DOM change, then a
 * message posted from it, whose task runs once that frame has been produced.
 */
import type { BenchProbe, FirstInteractive, Reaction, ReactionOptions } from './probe-api.ts';

(() => {
  const ITEM = '.vis-timeline .vis-item:not(.vis-background)';

  const afterNextPaint = (callback: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback();
      channel.port2.postMessage(null);
    });

  // First interactive: the first frame with timeline items in it, shown (vis-timeline keeps
  // its root `visibility: hidden` until its initial drawing is done), then the first Shift
  // keydown the page handles after that (Node sends it as soon as it hears of the paint).
  const first: FirstInteractive = { painted: null, inputStamp: null, inputHandled: null };
  const itemsSeen = new MutationObserver(() => {
    const item = document.querySelector(ITEM);
    if (!item || getComputedStyle(item).visibility !== 'visible') return;
    itemsSeen.disconnect();
    afterNextPaint(() => {
      first.painted = performance.now();
      const notify = (window as unknown as { __benchPainted?: () => void }).__benchPainted;
      notify?.();
    });
  });
  itemsSeen.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style'],
  });
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Shift' || first.painted === null || first.inputHandled !== null) return;
      first.inputHandled = performance.now();
      first.inputStamp = event.timeStamp;
    },
    true,
  );

  // Reactions to one input: outlet toggles and selections.
  let reaction: Reaction | null = null;
  let stopWatching = () => {};

  function armReaction(options: ReactionOptions): void {
    stopWatching();
    const current: Reaction = {
      inputStamp: null,
      firstMutation: null,
      lastMutation: null,
      paintedAfterLast: null,
      done: false,
      outcome: null,
    };
    reaction = current;
    const regions = options.regions.flatMap((selector) => {
      const element = document.querySelector(selector);
      // The parent too, so a region replaced as a whole (a list that becomes "no matches") counts.
      return element ? [element.parentElement ?? element] : [];
    });
    const ignored = (node: Node) => {
      const element = node instanceof Element ? node : node.parentElement;
      return options.ignore ? element?.closest(options.ignore) != null : false;
    };
    const isReady = () => {
      if (!options.ready) return false;
      const pane = document.querySelector(options.ready.pane);
      const heading = pane?.querySelector(options.ready.heading)?.textContent ?? null;
      // The address too: neighbouring events may share a title.
      return (
        heading !== null &&
        `${location.search}\n${heading}` !== options.ready.previous &&
        pane!.querySelector(options.ready.content) !== null
      );
    };
    let paintPending = false;
    const finish = (outcome: Reaction['outcome']) => {
      if (current.done) return;
      current.done = true;
      current.outcome = outcome;
      stopWatching();
    };

    const observer = new MutationObserver((records) => {
      if (current.inputStamp === null || current.done) return;
      if (records.every((r) => ignored(r.target))) return;
      const now = performance.now();
      current.firstMutation ??= now;
      current.lastMutation = now;
      const ready = isReady();
      if (paintPending && !ready) return;
      paintPending = true;
      afterNextPaint(() => {
        paintPending = false;
        current.paintedAfterLast = performance.now();
        if (ready) finish('ready');
      });
    });
    for (const region of regions) {
      observer.observe(region, {
        childList: true,
        subtree: true,
        attributes: true,
        characterData: true,
      });
    }

    // Quiet: no mutation for quietMs and the last one painted. Timers run late on a busy
    // main thread, but mutations of a long task are recorded before the next timer fires.
    let timer = 0;
    const check = () => {
      if (current.done) return;
      const now = performance.now();
      const last = current.lastMutation;
      if (
        !options.ready &&
        last !== null &&
        now - last >= options.quietMs &&
        current.paintedAfterLast !== null &&
        current.paintedAfterLast >= last
      ) {
        finish('quiet');
        return;
      }
      const since = current.inputStamp === null ? 0 : now - current.inputStamp;
      if (last === null && since >= options.noReactionMs) {
        finish('no-reaction');
        return;
      }
      if (since >= options.giveUpMs) {
        finish('gave-up');
        return;
      }
      timer = window.setTimeout(check, 25);
    };

    const onInput = (event: Event) => {
      if (current.inputStamp !== null) return;
      current.inputStamp = event.timeStamp;
      timer = window.setTimeout(check, 25);
    };
    window.addEventListener(options.input, onInput, true);
    stopWatching = () => {
      observer.disconnect();
      window.removeEventListener(options.input, onInput, true);
      window.clearTimeout(timer);
    };
  }

  // Frame times: requestAnimationFrame deltas while a gesture runs.
  let frames: number[] = [];
  let recording = false;
  function startFrames(): void {
    frames = [];
    recording = true;
    let last: number | null = null;
    const tick = (t: number) => {
      if (last !== null) frames.push(t - last);
      last = t;
      if (recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }
  function stopFrames(): number[] {
    recording = false;
    return frames;
  }

  const probe: BenchProbe = {
    firstInteractive: () => ({ ...first }),
    armReaction,
    reaction: () => (reaction ? { ...reaction } : null),
    startFrames,
    stopFrames,
  };
  Object.defineProperty(window, '__bench', { value: probe });
})();
