import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile, Sources } from './compile.ts';
import { decodeSource, sizeProblem } from './source-text.ts';

/** Files read at once: enough to keep the disk busy, few enough never to run out of file handles. */
const CONCURRENT_READS = 64;

/**
 * Reads the hand-edited sources below `root/data`. Paths in the result are relative
 * to `root` and sorted, so the compiler sees the same input on every machine. A file
 * that cannot be taken as it is (over the size limit, not UTF-8, unreadable) is passed
 * on with the reason, for the compiler to report with the others.
 */
export async function loadSources(root: string): Promise<Sources> {
  const dataDir = path.join(root, 'data');
  const read = async (absolute: string): Promise<SourceFile> => {
    const relative = path.relative(root, absolute).split(path.sep).join('/');
    const unreadable = (line: number, message: string): SourceFile => ({
      path: relative,
      text: '',
      unreadable: { line, message },
    });
    try {
      // Checked before reading, so that a file of gigabytes is never loaded.
      const tooLarge = sizeProblem(relative, (await stat(absolute)).size);
      if (tooLarge) return unreadable(1, tooLarge);
      const decoded = decodeSource(await readFile(absolute));
      return 'text' in decoded
        ? { path: relative, text: decoded.text }
        : unreadable(decoded.line, decoded.message);
    } catch (error) {
      return unreadable(1, `cannot read the file: ${(error as Error).message}`);
    }
  };
  const optional = async (name: string) => {
    const absolute = path.join(dataDir, name);
    return (await exists(absolute)) ? read(absolute) : null;
  };
  const [outlets, themes, eras, articlePaths, eventPaths] = await Promise.all([
    optional('outlets.yaml'),
    optional('themes.yaml'),
    optional('eras.yaml'),
    listFiles(path.join(dataDir, 'articles'), ['.md']),
    listFiles(path.join(dataDir, 'events'), ['.yaml', '.yml']),
  ]);
  return {
    outlets,
    themes,
    eras,
    articles: await mapLimited(articlePaths, CONCURRENT_READS, read),
    events: await mapLimited(eventPaths, CONCURRENT_READS, read),
  };
}

/** `Promise.all(items.map(f))` with at most `limit` calls running at once; results in order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function listFiles(dir: string, extensions: string[]): Promise<string[]> {
  if (!(await exists(dir))) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.includes(path.extname(e.name)))
    .map((e) => path.join(e.parentPath, e.name))
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
