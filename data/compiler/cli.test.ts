import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_YAML, validSources } from './fixtures.ts';

const run = promisify(execFile);
const CLI = path.resolve(import.meta.dirname, 'cli.ts');
const TSX = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

async function compileIn(root: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, '--root', root]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function writeSources(root: string, eventYaml = EVENT_YAML): Promise<void> {
  const sources = validSources();
  const files = [sources.outlets!, sources.themes!, sources.eras!, ...sources.articles];
  files.push({ path: 'data/events/2026/2026-02-07-talks.yaml', text: eventYaml });
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file.path)), { recursive: true });
    await writeFile(path.join(root, file.path), file.text);
  }
}

// Each test starts the CLI in a child process (tsx); give a busy machine room.
describe('npm run data', { timeout: 30_000 }, () => {
  let root: string;
  const output = () => path.join(root, 'public/data/timeline.json');

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'timeline-compiler-'));
    await writeSources(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('writes the dataset and says what it compiled', async () => {
    const result = await compileIn(root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Compiled 1 events with 1 verified quotes from 1 articles \(1 outlets\)/,
    );
    expect(JSON.parse(await readFile(output(), 'utf8'))).toMatchObject({ schemaVersion: 2 });
  });

  it('gives byte-identical output for the same input', async () => {
    await compileIn(root);
    const first = await readFile(output());
    await compileIn(root);
    expect((await readFile(output())).equals(first)).toBe(true);
  });

  it('exits non-zero with located errors and leaves the previous output untouched', async () => {
    await compileIn(root);
    const before = await readFile(output());
    const beforeTime = (await stat(output())).mtimeMs;
    await writeSources(root, EVENT_YAML.replace('start: "2026-02-07"', 'start: "2025-02-30"'));

    const result = await compileIn(root);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'data/events/2026/2026-02-07-talks.yaml:5: error: [event 2026-02-07-talks] impossible date "2025-02-30"',
    );
    expect(result.stderr).toContain('public/data/timeline.json was not written');
    expect((await readFile(output())).equals(before)).toBe(true);
    expect((await stat(output())).mtimeMs).toBe(beforeTime);
  });

  it('reports a broken file without a stack trace', async () => {
    await writeFile(path.join(root, 'data/outlets.yaml'), '- id: [unclosed\n');
    const result = await compileIn(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^data\/outlets\.yaml:\d+: error: malformed YAML/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
