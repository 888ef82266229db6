import { readFileSync } from 'node:fs';
import {
  datasetPartSchema,
  datasetSchema,
  type Dataset,
  type FullEvent,
} from '../src/dataset/schema.ts';
import { joinParts } from '../src/dataset/split-dataset.ts';

/** The built dataset with every event's quotes joined back in: what tests compare the page against. */
export interface BuiltDataset extends Omit<Dataset, 'events'> {
  events: FullEvent[];
  /** The index as the app loads it. */
  index: Dataset;
}

/** The compiled dataset the built app serves (`dist/data/`), index and parts. */
export function loadBuiltDataset(dist = new URL('../dist/', import.meta.url)): BuiltDataset {
  const read = (file: string) => JSON.parse(readFileSync(new URL(`data/${file}`, dist), 'utf8'));
  const index = datasetSchema.parse(read('timeline.json'));
  const parts = index.parts.map((ref, i) => datasetPartSchema(index, i).parse(read(ref.file)));
  return { ...index, events: joinParts(index, parts), index };
}
