import { readFileSync } from 'node:fs';
import { datasetSchema, type Dataset } from '../src/dataset/schema.ts';

/** The compiled dataset the built app serves, for tests to compare the page against. */
export function loadBuiltDataset(): Dataset {
  const raw = readFileSync(new URL('../dist/data/timeline.json', import.meta.url), 'utf8');
  return datasetSchema.parse(JSON.parse(raw));
}
