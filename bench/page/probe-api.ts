/** What bench/page/probe.ts installs as `window.__bench`, for the Node side to call. */

/** Times in ms since the page's navigation started (performance.timeOrigin). */
export interface FirstInteractive {
  /** The frame with the first timeline items in it was produced. */
  painted: number | null;
  /** The Shift keydown sent after that paint: when the browser took it, when it was handled. */
  inputStamp: number | null;
  inputHandled: number | null;
}

export interface ReactionOptions {
  /** The parts of the page expected to change (their parents are watched). */
  regions: string[];
  /** Mutations inside these elements are not a reaction (e.g. the current-time line). */
  ignore?: string;
  /** The input whose timeStamp starts the clock. */
  input: 'click' | 'keydown';
  /** Finished when this holds (selection); without it, when the regions are quiet. */
  /** `previous`: the address and the title the pane showed before, as `${search}\n${title}`. */
  ready?: { pane: string; heading: string; content: string; previous: string | null };
  quietMs: number;
  /** 'no-reaction' when nothing at all has changed this long after the input. */
  noReactionMs: number;
  /** 'gave-up' when the page has not finished reacting this long after the input. */
  giveUpMs: number;
}

export interface Reaction {
  inputStamp: number | null;
  firstMutation: number | null;
  lastMutation: number | null;
  /** The paint after the last mutation so far. */
  paintedAfterLast: number | null;
  done: boolean;
  outcome: 'ready' | 'quiet' | 'gave-up' | 'no-reaction' | null;
}

export interface BenchProbe {
  firstInteractive: () => FirstInteractive;
  armReaction: (options: ReactionOptions) => void;
  reaction: () => Reaction | null;
  startFrames: () => void;
  stopFrames: () => number[];
}
