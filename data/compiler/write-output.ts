import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { partsFolderOf, type Output } from './build-output.ts';

/**
 * Writes the parts, then the index, then removes parts no index names any more. Part names
 * carry a hash of their content, so a new part never overwrites one the old index names:
 * until the index is renamed into place, readers see the old dataset whole; after, the new.
 */
export async function writeOutput(indexFile: string, output: Output): Promise<void> {
  const dir = path.dirname(indexFile);
  const partsDir = path.join(dir, partsFolderOf(indexFile));
  await mkdir(partsDir, { recursive: true });
  const existing = new Set(await readdir(partsDir));
  const added: string[] = [];
  try {
    for (const { file, bytes } of output.parts) {
      if (existing.has(path.basename(file))) continue;
      await writeFileAtomic(path.join(dir, file), bytes);
      added.push(path.join(dir, file));
    }
    await writeFileAtomic(indexFile, output.json);
  } catch (error) {
    // The old index is still in place: take back what only the new one would have named.
    await Promise.all(added.map((file) => rm(file, { force: true })));
    throw error;
  }
  const named = new Set(output.parts.map((p) => path.basename(p.file)));
  for (const name of existing) {
    if (!named.has(name)) await rm(path.join(partsDir, name), { force: true });
  }
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so
 * a reader (or a crash) never sees a half-written file.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
