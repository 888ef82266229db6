/**
 * Where `npm run data` spends its time on a project root:
 * `npx tsx data/compiler/compile-phases.bench.ts [ROOT]` (ROOT defaults to `.`; make a large
 * one with `npm run data:synthetic`). Prints wall and CPU milliseconds per phase, and the peak
 * memory. Each step inside compile() is timed by running that step alone on the same sources
 * (they are pure), so "the rest" is compile() less the steps timed alone.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { datasetSchema } from '../../src/dataset/schema.ts';
import { compile } from './compile.ts';
import { createQuoteFinder } from './find-quote.ts';
import { splitFrontMatter } from './front-matter.ts';
import { loadSources } from './load-sources.ts';
import { quickSourceEvent } from './quick-source-event.ts';
import { articleFrontMatterSchema, sourceEventSchema } from './source-schema.ts';
import { serialiseDataset, writeFileAtomic } from './write-output.ts';
import { parseYamlSource } from './yaml-source.ts';

const root = path.resolve(process.argv[2] ?? '.');
const rows: { phase: string; wallMs: number; cpuMs: number }[] = [];
function time<T>(phase: string, f: () => T): T {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = f();
  const used = process.cpuUsage(cpu);
  rows.push({
    phase,
    wallMs: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
  });
  return result;
}

const loadCpu = process.cpuUsage();
const loadStarted = performance.now();
const sources = await loadSources(root);
const loadUsed = process.cpuUsage(loadCpu);
rows.push({
  phase: 'load files',
  wallMs: Math.round(performance.now() - loadStarted),
  cpuMs: Math.round((loadUsed.user + loadUsed.system) / 1000),
});

const result = time('compile() in all', () => compile(sources));
const dataset = result.dataset;
if (!dataset) throw new Error(`the sources have ${result.problems.length} problems`);

// The steps of compile(), alone.
const parsed = time('  parse YAML and front matter', () => ({
  articles: sources.articles.map((file) => {
    const split = splitFrontMatter(file.text);
    if ('error' in split) throw new Error(split.error);
    return { value: parseYamlSource(split.frontMatter, file.path).source!.value, body: split.body };
  }),
  events: sources.events.map((file) => parseYamlSource(file.text, file.path).source!.value),
}));
const valid = time('  check the sources (schemas, or the quick path for events)', () => ({
  articles: parsed.articles.map((a) => ({
    ...a,
    value: articleFrontMatterSchema.parse(a.value),
  })),
  events: parsed.events.map((e) => quickSourceEvent(e) ?? sourceEventSchema.parse(e)),
}));
time('  find the quotes', () => {
  const bodies = new Map(valid.articles.map((a) => [a.value.id, a.body]));
  const finders = new Map<string, ReturnType<typeof createQuoteFinder>>();
  for (const event of valid.events) {
    for (const quote of event.quotes) {
      let finder = finders.get(quote.article);
      if (!finder)
        finders.set(quote.article, (finder = createQuoteFinder(bodies.get(quote.article)!)));
      if (!finder(quote.text).found) throw new Error(`${event.id}: ${quote.id} not found`);
    }
  }
});
time('  check the output against the dataset schema', () => datasetSchema.parse(dataset));
const [all, ...steps] = rows.slice(1);
rows.push({
  phase: '  the rest',
  wallMs: all!.wallMs - steps.reduce((n, s) => n + s.wallMs, 0),
  cpuMs: all!.cpuMs - steps.reduce((n, s) => n + s.cpuMs, 0),
});

const json = time('serialise', () => serialiseDataset(dataset));
const out = path.join(tmpdir(), `compile-phases-${process.pid}.json`);
const writeCpu = process.cpuUsage();
const writeStarted = performance.now();
await writeFileAtomic(out, json);
const writeUsed = process.cpuUsage(writeCpu);
rows.push({
  phase: 'write',
  wallMs: Math.round(performance.now() - writeStarted),
  cpuMs: Math.round((writeUsed.user + writeUsed.system) / 1000),
});
await import('node:fs/promises').then((fs) => fs.rm(out));

const quotes = dataset.events.reduce((n, e) => n + e.quotes.length, 0);
console.log(
  `${path.relative('.', root) || '.'}: ${dataset.events.length} events, ${quotes} quotes, ${dataset.articles.length} articles, ${dataset.outlets.length} outlets`,
);
console.log('phase | wall ms | CPU ms');
for (const r of rows) console.log(`${r.phase} | ${r.wallMs} | ${r.cpuMs}`);
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
