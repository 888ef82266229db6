import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile, Sources } from './compile.ts';
import { decodeSource, sizeProblem, type DecodedSource } from './source-text.ts';

/**
 * Reads the hand-edited sources below `root/data`. Paths in the result are relative
 * to `root` and sorted, so the compiler sees the same input on every machine. A file
 * that cannot be taken as it is (over the size limit, not UTF-8, unreadable) is passed
 * on with the reason, for the compiler to report with the others.
 */
export async function loadSources(root: string): Promise<Sources> {
  const base = path.resolve(root);
  const absolute = (relative: string) =>
    base + path.sep + (path.sep === '/' ? relative : relative.split('/').join(path.sep));
  const read = (relative: string): SourceFile => {
    const unreadable = (line: number, message: string): SourceFile => ({
      path: relative,
      text: '',
      unreadable: { line, message },
    });
    try {
      const decoded = readSource(absolute(relative), relative);
      return 'text' in decoded
        ? { path: relative, text: decoded.text }
        : unreadable(decoded.line, decoded.message);
    } catch (error) {
      return unreadable(1, `cannot read the file: ${(error as Error).message}`);
    }
  };
  const optional = async (name: string) => ((await exists(absolute(name))) ? read(name) : null);
  const [outlets, themes, eras, articlePaths, eventPaths] = await Promise.all([
    optional('data/outlets.yaml'),
    optional('data/themes.yaml'),
    optional('data/eras.yaml'),
    listFiles(base, 'data/articles', ['.md']),
    listFiles(base, 'data/events', ['.yaml', '.yml']),
  ]);
  return {
    outlets,
    themes,
    eras,
    articles: articlePaths.map(read),
    events: eventPaths.map(read),
  };
}

/** Most sources fit in one read of this; only a larger file's size is asked for. */
const CHUNK = 1 << 16;
const chunk = Buffer.allocUnsafe(CHUNK);

/**
 * The decoded text of a file, or why it cannot be taken. Read synchronously, one file after
 * another: the sources are many small files, mostly in the page cache, and for those each
 * asynchronous read costs far more than the read itself (a thread-pool round trip and promises
 * per call). 60,000 files take 0.7 s of CPU this way, 8.6 s with fs/promises 64 at a time.
 */
function readSource(absolute: string, relative: string): DecodedSource {
  const fd = openSync(absolute, 'r');
  try {
    const first = readSync(fd, chunk, 0, CHUNK, 0);
    // A read that returns nothing more confirms the end of the file.
    if (first < CHUNK && readSync(fd, chunk, first, CHUNK - first, first) === 0) {
      return decodeSource(chunk.subarray(0, first));
    }
    // Checked before reading on, so that a file of gigabytes is never loaded.
    const { size } = fstatSync(fd);
    const tooLarge = sizeProblem(relative, size);
    if (tooLarge) return { line: 1, message: tooLarge };
    const bytes = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const read = readSync(fd, bytes, length, size - length, length);
      if (read === 0) break; // the file shrank while being read
      length += read;
    }
    return decodeSource(bytes.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}

/** Paths relative to `base`, with `/` separators, sorted, of the files below `dir` with one of `extensions`. */
async function listFiles(base: string, dir: string, extensions: string[]): Promise<string[]> {
  const absolute = path.join(base, dir);
  if (!(await exists(absolute))) return [];
  const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
  // Entries come folder by folder: each folder's relative path is worked out once.
  const folders = new Map<string, string>();
  const folderOf = (parent: string) => {
    let folder = folders.get(parent);
    if (folder === undefined) {
      folder = path.relative(base, parent).split(path.sep).join('/');
      folders.set(parent, folder);
    }
    return folder;
  };
  return entries
    .filter((e) => e.isFile() && extensions.includes(path.extname(e.name)))
    .map((e) => `${folderOf(e.parentPath)}/${e.name}`)
    .sort();
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
