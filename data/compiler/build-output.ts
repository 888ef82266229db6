/**
 * The compiled dataset → the files the app loads: the index and its parts, named by content
 * so a new version never reuses an old name, and checked against the schema the app
 * validates with: the index whole, the parts for everything their types do not already
 * guarantee (a failure here is a compiler bug, reported rather than written).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  datasetPartSchema,
  datasetSchema,
  indexIntegrityProblems,
  partIntegrityProblems,
} from '../../src/dataset/schema.ts';
import {
  DEFAULT_MAX_PART_BYTES,
  serialiseJson,
  splitDataset,
  type CompiledDataset,
  type SplitDataset,
} from '../../src/dataset/split-dataset.ts';

export interface Output extends SplitDataset {
  /** The index, serialised. */
  json: string;
  parts: (SplitDataset['parts'][number] & { bytes: Uint8Array })[];
}

export interface OutputOptions {
  /** Where the index is written, relative to the project root (for messages and the parts' folder name). */
  indexFile: string;
  maxPartBytes?: number;
  /**
   * Also check the shapes with zod, not only the integrity. The compiler's types already fix
   * the shapes, and at 50,000 events zod's copy of every record costs seconds; the tests turn
   * it on.
   */
  checkShapes?: boolean;
}

/** The parts' folder, beside the index and named after it: `timeline.json` → `timeline/`. */
export function partsFolderOf(indexFile: string): string {
  return path.basename(indexFile, path.extname(indexFile));
}

export function buildOutput(
  dataset: CompiledDataset,
  options: OutputOptions,
): { output: Output; errors: [] } | { output: null; errors: string[] } {
  const folder = partsFolderOf(options.indexFile);
  // Each part is encoded to UTF-8 once: for its byte count, its name's hash and the write.
  const encoded = new Map<string, Buffer>();
  const encode = (json: string) => {
    let bytes = encoded.get(json);
    if (!bytes) encoded.set(json, (bytes = Buffer.from(json, 'utf8')));
    return bytes;
  };
  const split = splitDataset(dataset, {
    maxPartBytes: options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES,
    byteLength: (text) => encode(text).byteLength,
    fileName: (period, json) =>
      `${folder}/${period}-${createHash('sha256').update(encode(json)).digest('hex').slice(0, 12)}.json`,
  });
  const errors: string[] = [];
  const describe = (file: string, issues: { path: PropertyKey[]; message: string }[]) =>
    issues.forEach((i) => errors.push(`${file}: ${i.path.map(String).join('.')}: ${i.message}`));
  if (options.checkShapes) {
    const index = datasetSchema.safeParse(split.index);
    if (!index.success) describe(options.indexFile, index.error.issues);
  } else {
    describe(options.indexFile, indexIntegrityProblems(split.index));
  }
  if (errors.length === 0) {
    split.parts.forEach(({ file, part }, i) => {
      if (options.checkShapes) {
        const checked = datasetPartSchema(split.index, i).safeParse(part);
        if (!checked.success) describe(file, checked.error.issues);
      } else {
        describe(file, partIntegrityProblems(part, split.index, i));
      }
    });
  }
  if (errors.length > 0) return { output: null, errors };
  return {
    output: {
      ...split,
      parts: split.parts.map((p) => ({ ...p, bytes: encode(p.json) })),
      json: serialiseJson(split.index),
    },
    errors: [],
  };
}
