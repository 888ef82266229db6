import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../../src/dataset/schema.ts';

/** Stable bytes: the compiler builds every object in a fixed key order, so this is deterministic. */
export function serialiseDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset)}\n`;
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so
 * a reader (or a crash) never sees a half-written dataset.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
