import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile, Sources } from './compile.ts';

/**
 * Reads the hand-edited sources below `root/data`. Paths in the result are relative
 * to `root` and sorted, so the compiler sees the same input on every machine.
 */
export async function loadSources(root: string): Promise<Sources> {
  const dataDir = path.join(root, 'data');
  const read = async (absolute: string): Promise<SourceFile> => ({
    path: path.relative(root, absolute).split(path.sep).join('/'),
    text: await readFile(absolute, 'utf8'),
  });
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
    articles: await Promise.all(articlePaths.map(read)),
    events: await Promise.all(eventPaths.map(read)),
  };
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
