import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { loadSources } from './load-sources.ts';
import { formatProblem } from './problems.ts';

const CLI = path.resolve(import.meta.dirname, 'synthetic-cli.ts');
const TSX = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

async function generate(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each test starts the CLI in a child process (tsx); give a busy machine room.
describe('npm run data:synthetic', { timeout: 30_000 }, () => {
  let parent: string;
  beforeEach(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'timeline-synthetic-'));
  });
  afterEach(() => rm(parent, { recursive: true, force: true }));

  it('writes a project root that the compiler compiles, and says what it wrote', async () => {
    const out = path.join(parent, 'corpus');
    const result = await generate('--events', '120', '--outlets', '6', '--seed', '4', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Wrote \d+ files \(120 events, \d+ articles, 6 outlets, seed 4\) to .*corpus: [\d.]+ MB in \d+ ms\./,
    );
    const compiled = compile(await loadSources(out));
    expect(compiled.problems.map(formatProblem)).toEqual([]);
    expect(compiled.dataset!.events).toHaveLength(120);
  });

  it('refuses a bad flag in one line, with exit 2, writing nothing', async () => {
    const result = await generate('--events', 'many', '--out', path.join(parent, 'corpus'));
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(
      'data:synthetic: --events must be a whole number from 1 to 1,000,000, not "many"',
    );
    expect(result.stdout).toBe('');
  });
});
