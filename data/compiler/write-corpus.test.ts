import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS_MARKER, writeCorpus } from './write-corpus.ts';

describe('writing a corpus', () => {
  let parent: string;
  let dir: string;
  beforeEach(async () => {
    parent = await mkdtemp(path.join(tmpdir(), 'timeline-corpus-'));
    dir = path.join(parent, 'corpus');
  });
  afterEach(() => rm(parent, { recursive: true, force: true }));

  const files = [
    { path: 'data/outlets.yaml', text: '- id: a\n' },
    { path: 'data/events/2024/x.yaml', text: 'id: x — “y”\n' },
  ];

  it('writes every file and a marker with the manifest, and says how many bytes', async () => {
    const bytes = await writeCorpus(dir, files, { seed: 3 });
    expect(bytes).toBe(8 + Buffer.byteLength(files[1]!.text));
    expect(await readFile(path.join(dir, 'data/events/2024/x.yaml'), 'utf8')).toBe(files[1]!.text);
    expect(JSON.parse(await readFile(path.join(dir, CORPUS_MARKER), 'utf8'))).toEqual({
      seed: 3,
      files: 2,
      bytes,
    });
    expect(await readdir(parent)).toEqual(['corpus']);
  });

  it('replaces a corpus it wrote before, leaving nothing of the old one', async () => {
    await writeCorpus(dir, [...files, { path: 'data/articles/a/old.md', text: 'old' }], {});
    await writeCorpus(dir, files, {});
    expect(existsSync(path.join(dir, 'data/articles/a/old.md'))).toBe(false);
    expect(await readdir(parent)).toEqual(['corpus']);
  });

  it('refuses a folder it did not write, and leaves it as it was', async () => {
    await mkdir(dir);
    await writeFile(path.join(dir, 'precious.txt'), 'keep me');
    await expect(writeCorpus(dir, files, {})).rejects.toThrow(
      /is not empty and has no synthetic-corpus\.json/,
    );
    expect(await readdir(dir)).toEqual(['precious.txt']);
  });

  it('a failed write leaves the previous corpus whole and no temporary folder', async () => {
    await writeCorpus(dir, files, { run: 1 });
    // A file where a folder must go: the second write fails part-way.
    const clash = [...files, { path: 'data/events', text: 'not a folder' }];
    await expect(writeCorpus(dir, clash, { run: 2 })).rejects.toThrow();
    expect(await readdir(parent)).toEqual(['corpus']);
    expect(JSON.parse(await readFile(path.join(dir, CORPUS_MARKER), 'utf8'))).toMatchObject({
      run: 1,
    });
    expect(await readFile(path.join(dir, 'data/events/2024/x.yaml'), 'utf8')).toBe(files[1]!.text);
  });
});
