import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { datasetBytes, initialScripts } from './sizes.ts';

describe('initialScripts', () => {
  it('lists the entry module and the module preloads, in order, and nothing lazy', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/index-B.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/react-D.js">
      <link rel='modulepreload' href=./assets/runtime.js>
      <link rel="stylesheet" crossorigin href="./assets/index.css">
      <link rel="icon" href="./favicon.svg">
      <script src="./classic.js"></script>
      <link rel="manifest" href="./manifest.webmanifest"></head>`;
    expect(initialScripts(html)).toEqual([
      './assets/index-B.js',
      './assets/react-D.js',
      './assets/runtime.js',
    ]);
  });
});

describe('datasetBytes', () => {
  it('counts the index and every file the compiler wrote beside it, raw and gzip -9', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bench-sizes-'));
    try {
      const index = Buffer.from('{"events":[]}'.repeat(50));
      const part = Buffer.from('{"quotes":[]}'.repeat(80));
      await writeFile(path.join(dir, 'timeline.json'), index);
      await mkdir(path.join(dir, 'timeline'));
      await writeFile(path.join(dir, 'timeline/part-000-abc.json'), part);
      const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
      expect(await datasetBytes(dir)).toEqual({
        index: { raw: index.length, gzip: gz(index) },
        all: { raw: index.length + part.length, gzip: gz(index) + gz(part), files: 2 },
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
