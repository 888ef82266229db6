import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.ts';

describe('parseOptions', () => {
  it('defaults to the full run of the issue', () => {
    expect(parseOptions([])).toEqual({
      sizes: [1000, 10_000, 50_000],
      real: true,
      outlets: 40,
      seed: 1,
      runs: 5,
      compileRuns: 3,
      bare: true,
      build: true,
      compile: true,
      readme: true,
      reportOnly: false,
      port: 4301,
    });
  });

  it('takes shorter runs', () => {
    expect(
      parseOptions([
        '--sizes',
        '10_000,1000',
        '--runs',
        '2',
        '--no-bare',
        '--no-build',
        '--no-readme',
      ]),
    ).toMatchObject({ sizes: [1000, 10_000], runs: 2, bare: false, build: false, readme: false });
    expect(parseOptions(['--sizes', '', '--no-real']).sizes).toEqual([]);
  });

  it('refuses what it cannot use', () => {
    expect(() => parseOptions(['--runs', '0'])).toThrow('--runs must be an integer ≥ 1');
    expect(() => parseOptions(['--sizes', '1e3x'])).toThrow('--sizes');
    expect(() => parseOptions(['--frobnicate'])).toThrow();
  });
});
