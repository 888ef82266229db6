import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSources } from './load-sources.ts';

describe('loading the sources', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'timeline-load-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const put = async (file: string, content: string | Uint8Array) => {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  };

  it('reads files of any size whole, with root-relative paths in sorted order', async () => {
    // Around the size read at once (64 KiB), a character across it, and far past it.
    const x = (n: number) => 'x'.repeat(n);
    const texts = ['', 'x', x(65_535), x(65_536), x(65_537), `${x(65_535)}é`, 'é'.repeat(150_000)];
    for (const [i, text] of texts.entries()) await put(`data/articles/o/a-${i}.md`, text);
    await put('data/events/2025/b.yaml', 'b');
    await put('data/events/2024/a.yml', 'a');
    await put('data/events/2024/notes.txt', 'not a source');
    await put('data/outlets.yaml', '- id: o\n');

    const sources = await loadSources(root);
    expect(sources.articles.map((f) => f.path)).toEqual(
      texts.map((_, i) => `data/articles/o/a-${i}.md`),
    );
    expect(sources.articles.map((f) => f.text)).toEqual(texts);
    expect(sources.events.map((f) => [f.path, f.text])).toEqual([
      ['data/events/2024/a.yml', 'a'],
      ['data/events/2025/b.yaml', 'b'],
    ]);
    expect(sources.outlets).toEqual({ path: 'data/outlets.yaml', text: '- id: o\n' });
    expect(sources.themes).toBeNull();
  });

  it('passes on what it cannot take, with the reason, small file or large', async () => {
    const bad = (size: number) => {
      const bytes = new Uint8Array(size).fill(0x61);
      bytes[size - 2] = 0x0a;
      bytes[size - 1] = 0xe9; // Windows-1252 "é"
      return bytes;
    };
    await put('data/events/small.yaml', bad(10));
    await put('data/events/large.yaml', bad(100_000));
    await mkdir(path.join(root, 'data/themes.yaml'), { recursive: true });

    const sources = await loadSources(root);
    expect(sources.events.map((f) => [f.path, f.text, f.unreadable])).toEqual([
      [
        'data/events/large.yaml',
        '',
        {
          line: 2,
          message: 'file is not valid UTF-8 (byte 0xe9 at offset 99999): save it as UTF-8',
        },
      ],
      [
        'data/events/small.yaml',
        '',
        { line: 2, message: 'file is not valid UTF-8 (byte 0xe9 at offset 9): save it as UTF-8' },
      ],
    ]);
    expect(sources.themes?.unreadable?.message).toMatch(/^cannot read the file: EISDIR/);
  });
});
