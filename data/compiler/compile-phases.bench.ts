/**
 * Where `npm run data` spends its time on a project root:
 * `npx tsx data/compiler/compile-phases.bench.ts [ROOT]` (ROOT defaults to `.`; make a large
 * one with `npm run data:synthetic`). Prints wall and CPU milliseconds per phase, and the peak
 * memory. Each step inside compile() is timed by running that step alone on the same sources
 * (they are pure), so "the rest" is compile() less the steps timed alone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildOutput } from './build-output.ts';
import { compile } from './compile.ts';
import { createQuoteFinder } from './find-quote.ts';
import { splitFrontMatter } from './front-matter.ts';
import { loadSources } from './load-sources.ts';
import { quickSourceEvent } from './quick-source-event.ts';
import { articleFrontMatterSchema, sourceEventSchema } from './source-schema.ts';
import { writeOutput } from './write-output.ts';
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
const [all, ...steps] = rows.slice(1);
rows.push({
  phase: '  the rest',
  wallMs: all!.wallMs - steps.reduce((n, s) => n + s.wallMs, 0),
  cpuMs: all!.cpuMs - steps.reduce((n, s) => n + s.cpuMs, 0),
});

const built = time('split into parts, serialise and check against the schemas', () =>
  buildOutput(dataset, { indexFile: 'timeline.json' }),
);
if (!built.output) throw new Error(built.errors.join('\n'));
const outDir = await mkdtemp(path.join(tmpdir(), 'compile-phases-'));
const writeCpu = process.cpuUsage();
const writeStarted = performance.now();
await writeOutput(path.join(outDir, 'timeline.json'), built.output);
const writeUsed = process.cpuUsage(writeCpu);
rows.push({
  phase: 'write',
  wallMs: Math.round(performance.now() - writeStarted),
  cpuMs: Math.round((writeUsed.user + writeUsed.system) / 1000),
});
await rm(outDir, { recursive: true, force: true });

const quotes = dataset.events.reduce((n, e) => n + e.quotes.length, 0);
console.log(
  `${path.relative('.', root) || '.'}: ${dataset.events.length} events, ${quotes} quotes, ${dataset.articles.length} articles, ${dataset.outlets.length} outlets`,
);
console.log('phase | wall ms | CPU ms');
for (const r of rows) console.log(`${r.phase} | ${r.wallMs} | ${r.cpuMs}`);
console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
