/** Checks over the real corpus in data/: the product's credibility rests on these. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledDataset } from '../../src/dataset/split-dataset.ts';
import { compile, type Sources } from './compile.ts';
import { splitFrontMatter } from './front-matter.ts';
import { loadSources } from './load-sources.ts';
import { formatProblem } from './problems.ts';
import { buildOutput } from './build-output.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** The collected seed texts, beside the repository where CI and the team have them. */
const SEEDS = path.resolve(ROOT, '../shared/seeds');

let sources: Sources;
let dataset: CompiledDataset;
const bodies = new Map<string, string>();

beforeAll(async () => {
  sources = await loadSources(ROOT);
  const result = compile(sources);
  expect(result.problems.map(formatProblem)).toEqual([]);
  dataset = result.dataset!;
  for (const file of sources.articles) {
    const split = splitFrontMatter(file.text);
    if ('error' in split) throw new Error(split.error);
    const article = dataset.articles.find((a) => a.file === file.path)!;
    bodies.set(article.id, split.body);
  }
});

describe('the real corpus', () => {
  it('compiles with no errors and no warnings', () => {
    expect(dataset.events.length).toBeGreaterThan(0);
  });

  it('quotes all five outlets, each in at least one event', () => {
    expect(dataset.outlets).toHaveLength(5);
    for (const outlet of dataset.outlets) expect(outlet.eventCount, outlet.id).toBeGreaterThan(0);
  });

  it('spans 2018 to 2026', () => {
    expect(dataset.events[0]!.date.start.slice(0, 4)).toBe('2018');
    expect(dataset.events.at(-1)!.date.end.slice(0, 4)).toBe('2026');
  });

  it('gives every event at least one quote', () => {
    for (const event of dataset.events) expect(event.quotes.length, event.id).toBeGreaterThan(0);
  });

  it('has every quote slice back exactly from its article, inside its context', () => {
    for (const event of dataset.events) {
      for (const quote of event.quotes) {
        const body = bodies.get(quote.articleId)!;
        expect(body.slice(quote.start, quote.end), `${event.id}/${quote.id}`).toBe(quote.text);
        expect(body.slice(quote.context.start, quote.context.end)).toBe(quote.context.text);
        expect(quote.context.start).toBeLessThanOrEqual(quote.start);
        expect(quote.context.end).toBeGreaterThanOrEqual(quote.end);
      }
    }
  });

  it('gives byte-identical output on a second compile, which passes the app’s schema', () => {
    const files = (compiled: CompiledDataset) => {
      const { output, errors } = buildOutput(compiled, {
        indexFile: 'public/data/timeline.json',
        checkShapes: true,
      });
      expect(errors).toEqual([]);
      return [output!.json, ...output!.parts.map((p) => `${p.file}\n${p.json}`)];
    };
    expect(files(compile(sources).dataset!)).toEqual(files(dataset));
  });

  it.skipIf(!existsSync(SEEDS))(
    'keeps each article body exactly as collected, less the non-article text it records as removed',
    () => {
      for (const article of dataset.articles) {
        const file = sources.articles.find((f) => f.path === article.file)!;
        const seedName = /^seed: "?([^"\n]+)"?$/m.exec(file.text)?.[1];
        expect(seedName, article.id).toBeTruthy();
        const lines = readFileSync(path.join(SEEDS, seedName!), 'utf8').split('\n');
        const dropped = new Set<number>();
        for (const removal of article.removed) {
          const line = lines[removal.line - 1]!;
          if (removal.part === 'line') {
            expect(line).toBe(removal.text);
            dropped.add(removal.line - 1);
          } else {
            expect(line.startsWith(removal.text)).toBe(true);
            lines[removal.line - 1] = line.slice(removal.text.length);
          }
        }
        const expected = lines
          .filter((_, i) => !dropped.has(i))
          .join('\n')
          .trimEnd();
        expect(bodies.get(article.id), article.id).toBe(expected);
      }
    },
  );
});
