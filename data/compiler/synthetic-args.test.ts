import { describe, expect, it } from 'vitest';
import { parseSyntheticArgs } from './synthetic-args.ts';

describe('the flags of npm run data:synthetic', () => {
  it('need only --events; outlets 40, seed 1 and bench/tmp/synthetic-<N> by default', () => {
    expect(parseSyntheticArgs(['--events', '10000'])).toEqual({
      ok: true,
      args: { events: 10_000, outlets: 40, seed: 1, out: 'bench/tmp/synthetic-10000' },
    });
    expect(
      parseSyntheticArgs(['--events=5', '--outlets', '3', '--seed', '0', '--out', '/tmp/x']),
    ).toEqual({ ok: true, args: { events: 5, outlets: 3, seed: 0, out: '/tmp/x' } });
  });

  it.each([
    [[], /^--events is required \(usage: /],
    [['--events', '0'], /^--events must be a whole number from 1 to 1,000,000, not "0"$/],
    [['--events', '2.5'], /^--events must be a whole number/],
    [['--events', '1e3'], /^--events must be a whole number/],
    [['--events', '10', '--outlets=-1'], /^--outlets must be a whole number from 1 to 10,000/],
    [['--events', '10', '--outlets', '-1'], /^Option '--outlets' argument is ambiguous \(usage: /],
    [['--events', '10', '--seed', 'x'], /^--seed must be a whole number from 0 to 4,294,967,295/],
    [['--events', '10', '--seed', '4294967296'], /^--seed must be a whole number/],
    [['--event', '10'], /^Unknown option '--event' \(usage: /],
    [['--events'], /^Option '--events <value>' argument missing/],
    [['--events', '10', 'more'], /^Unexpected argument 'more'/],
    [['--events', '10', '--out', ''], /^--out must name a directory$/],
  ])('%j is refused in one line', (argv, message) => {
    const parsed = parseSyntheticArgs(argv);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(message);
    expect(parsed.message).not.toContain('\n');
  });
});
