/** Byte counts from the files themselves: the dataset as compiled, the app's initial JS. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface DatasetBytes {
  /** data/timeline.json: what the app fetches first. */
  index: Bytes;
  /** Everything the compiler wrote (the index and any part files). */
  all: Bytes & { files: number };
}

const gzipSize = (data: Buffer) => gzipSync(data, { level: 9 }).length;

export async function datasetBytes(dataDir: string): Promise<DatasetBytes> {
  const files = (await readdir(dataDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  const all = { raw: 0, gzip: 0, files: files.length };
  let index: Bytes | null = null;
  for (const file of files) {
    const data = await readFile(file);
    const bytes = { raw: data.length, gzip: gzipSize(data) };
    all.raw += bytes.raw;
    all.gzip += bytes.gzip;
    if (path.relative(dataDir, file) === 'timeline.json') index = bytes;
  }
  if (!index) throw new Error(`${dataDir} has no timeline.json`);
  return { index, all };
}

/**
 * The scripts a first visit loads before anything else: the entry module and the module
 * preloads of index.html (lazy chunks and stylesheets are not counted).
 */
export function initialScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attr = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((v) => v !== undefined);
    if (/^<script/i.test(tag) && attr('type') === 'module' && attr('src')) found.push(attr('src')!);
    if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href'))
      found.push(attr('href')!);
  }
  return found;
}

export async function initialJsBytes(distDir: string): Promise<Bytes & { files: string[] }> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const files = initialScripts(html);
  const total = { raw: 0, gzip: 0, files };
  for (const src of files) {
    const data = await readFile(path.join(distDir, src));
    total.raw += data.length;
    total.gzip += gzipSize(data);
  }
  return total;
}
