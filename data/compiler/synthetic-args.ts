import { parseArgs } from 'node:util';

export interface SyntheticArgs {
  events: number;
  outlets: number;
  seed: number;
  /** As given (relative to the working directory), or `bench/tmp/synthetic-<events>`. */
  out: string;
}

export const SYNTHETIC_USAGE =
  'usage: npm run data:synthetic -- --events N [--outlets M] [--seed S] [--out DIR]';

const LIMITS = {
  events: { min: 1, max: 1_000_000 },
  outlets: { min: 1, max: 10_000 },
  seed: { min: 0, max: 2 ** 32 - 1 },
} as const;

/** The flags of `npm run data:synthetic`, or a one-line message saying what is wrong with them. */
export function parseSyntheticArgs(
  argv: readonly string[],
): { ok: true; args: SyntheticArgs } | { ok: false; message: string } {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        events: { type: 'string' },
        outlets: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--event'…"); its first sentence is enough.
    const message = (error as Error).message.split('\n')[0]!.replace(/\.(?: To specify .*)?$/, '');
    return { ok: false, message: `${message} (${SYNTHETIC_USAGE})` };
  }
  if (values.events === undefined) {
    return { ok: false, message: `--events is required (${SYNTHETIC_USAGE})` };
  }
  const numbers: Partial<Record<keyof typeof LIMITS, number>> = {};
  for (const [name, { min, max }] of Object.entries(LIMITS) as [
    keyof typeof LIMITS,
    typeof LIMITS.events,
  ][]) {
    const text = values[name];
    if (text === undefined) continue;
    const value = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
    if (!(value >= min && value <= max)) {
      return {
        ok: false,
        message: `--${name} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}, not ${JSON.stringify(text)}`,
      };
    }
    numbers[name] = value;
  }
  const events = numbers.events!;
  const out = values.out ?? `bench/tmp/synthetic-${events}`;
  if (out.trim() === '') return { ok: false, message: '--out must name a directory' };
  return {
    ok: true,
    args: { events, outlets: numbers.outlets ?? 40, seed: numbers.seed ?? 1, out },
  };
}
