/**
 * The test API for specs that run against every dataset the suite serves: the real one and
 * the 10,000-event synthetic one (the `scale` project). `dataset` is the one the page under
 * test is served with, read from that build's folder.
 */
import { test as base } from '@playwright/test';
import { loadBuiltDataset, type BuiltDataset } from './dataset.ts';

export interface DatasetOptions {
  /** The built app's folder, relative to the project root: `dist` or `dist-scale`. */
  distDir: string;
}

export const test = base.extend<object, DatasetOptions & { dataset: BuiltDataset }>({
  distDir: ['dist', { option: true, scope: 'worker' }],
  dataset: [
    async ({ distDir }, use) => {
      await use(loadBuiltDataset(new URL(`../${distDir}/`, import.meta.url)));
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
