import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from './compile.ts';

/** Written beside `data/`, so that only a directory this wrote is ever replaced. */
export const CORPUS_MARKER = 'synthetic-corpus.json';

/** Files written at once: enough to keep the disk busy, few enough never to run out of handles. */
const CONCURRENT_WRITES = 64;

/**
 * Writes `files` (paths relative to `dir`) as the whole content of `dir`: into a temporary
 * sibling first, which then replaces `dir`, so a failed run never leaves half a corpus. A `dir`
 * that holds anything else than a corpus written here is refused, never deleted.
 * Returns the bytes written.
 */
export async function writeCorpus(
  dir: string,
  files: readonly SourceFile[],
  manifest: Record<string, unknown>,
): Promise<number> {
  const target = path.resolve(dir);
  const previous = await contentsOf(target);
  if (previous && previous.length > 0 && !previous.includes(CORPUS_MARKER)) {
    throw new Error(
      `${dir} is not empty and has no ${CORPUS_MARKER}: it was not written by data:synthetic, so it is left as it is`,
    );
  }
  const temporary = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  let bytes = 0;
  try {
    await rm(temporary, { recursive: true, force: true });
    const folders = new Set(files.map((f) => path.dirname(path.join(temporary, f.path))));
    for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++]!;
        const data = Buffer.from(file.text, 'utf8');
        bytes += data.length;
        await writeFile(path.join(temporary, file.path), data);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_WRITES }, worker));
    await writeFile(
      path.join(temporary, CORPUS_MARKER),
      `${JSON.stringify({ ...manifest, files: files.length, bytes }, null, 2)}\n`,
    );
    if (previous) await rename(target, old);
    try {
      await rename(temporary, target);
    } catch (error) {
      if (previous) await rename(old, target);
      throw error;
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  await rm(old, { recursive: true, force: true });
  return bytes;
}

/** The names in `dir`, or null when there is no such directory. */
async function contentsOf(dir: string): Promise<string[] | null> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error(`${dir} is a file, not a directory`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return readdir(dir);
}
