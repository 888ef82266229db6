/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1, and measures it in Chromium on the
 * real dataset and synthetic corpora, beside a bare vis-timeline page given the same items.
 * Writes bench/results.json and bench/results.md and the README's Performance table.
 * Exit 0 whatever the budgets say (the table reports them); 1 only when the harness fails.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';
import { transpileAsScript } from './browser-code.ts';
import { compileCorpus, compilerHash, type CompileRun } from './compile.ts';
import { realCorpus, syntheticCorpus, type Corpus } from './corpus.ts';
import { describeMachine } from './machine.ts';
import { parseOptions, USAGE, type BenchOptions } from './options.ts';
import { settle } from './settle.ts';
import { loadCount, loadPlan, warmUpPlan, toggleOrder, type PageKind } from './plan.ts';
import { formatReport, formatMs, formatMB, datasetLabel, updateReadme } from './report.ts';
import {
  summariseCompile,
  summarisePage,
  type BenchResults,
  type DatasetResult,
} from './results.ts';
import { runLoad, type LoadSamples } from './scenarios.ts';
import { startServer, type BenchServer } from './server.ts';
import { datasetBytes, initialJsBytes } from './sizes.ts';
import { summarise, type Sample } from './stats.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const TMP = path.join(REPO, 'bench/tmp');
const DIST = path.join(REPO, 'dist');
const RESULTS_JSON = path.join(REPO, 'bench/results.json');

const log = (line: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

function run(command: string, args: string[], logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      void writeFile(logFile, output);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}; see ${logFile}`));
    });
  });
}

/** The compiled dataset of a corpus, timed in fresh processes (or reused with --no-compile). */
async function compiled(
  corpus: Corpus,
  options: BenchOptions,
): Promise<{ dataDir: string; runs: CompileRun[] }> {
  const site = path.join(TMP, 'sites', corpus.id === 'real' ? 'real' : path.basename(corpus.root));
  const dataDir = path.join(site, 'data');
  const marker = path.join(site, 'compiled.json');
  const stamp = JSON.stringify({ compiler: await compilerHash(), root: corpus.root });
  if (!options.compile && corpus.id !== 'real' && existsSync(marker)) {
    if ((await readFile(marker, 'utf8')) === stamp) return { dataDir, runs: [] };
  }
  const runs: CompileRun[] = [];
  for (let i = 1; i <= options.compileRuns; i++) {
    const r = await compileCorpus(corpus.root, dataDir);
    runs.push(r);
    log(
      `  compile ${i}/${options.compileRuns}: ${formatMs(r.wallMs)} wall, ${formatMs(r.cpuMs)} CPU, peak ${formatMB(r.peakRssMB)}`,
    );
  }
  await mkdir(site, { recursive: true });
  await writeFile(marker, stamp);
  return { dataDir, runs };
}

function describeLoad(s: LoadSamples): string {
  const p95 = (samples: LoadSamples['toggles']) => formatMs(summarise(samples)?.p95);
  const parts = [
    `first interactive ${formatMs(typeof s.firstInteractive === 'number' ? s.firstInteractive : { over: s.firstInteractive.timedOutAfter })}`,
    `painted ${formatMs(s.painted)}`,
    `heap ${formatMB(s.heapMB)}`,
  ];
  if (s.toggles.length) parts.push(`${s.toggles.length} toggles p95 ${p95(s.toggles)}`);
  if (s.selects.length) parts.push(`${s.selects.length} selects p95 ${p95(s.selects)}`);
  if (s.zoomFrames.length) parts.push(`zoom frame p95 ${p95(s.zoomFrames)}`);
  if (s.panFrames.length) parts.push(`pan frame p95 ${p95(s.panFrames)}`);
  if (s.notes.length) parts.push(`notes: ${s.notes.join('; ')}`);
  return parts.join(', ');
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Frame times to 0.1 ms keep results.json readable. */
function compact(s: LoadSamples): LoadSamples {
  const frames = (samples: Sample[]) => samples.map((f) => (typeof f === 'number' ? round1(f) : f));
  return { ...s, zoomFrames: frames(s.zoomFrames), panFrames: frames(s.panFrames) };
}

/** Each load starts on a quiet machine: see settle.ts. */
async function settleQuietly(): Promise<void> {
  const waited = await settle();
  if (waited >= 2000) log(`  (waited ${(waited / 1000).toFixed(1)} s for the machine to settle)`);
}

async function measureDataset(
  corpus: Corpus,
  options: BenchOptions,
  browser: Browser,
  server: BenchServer,
  probeScript: string,
): Promise<DatasetResult> {
  const { dataDir, runs } = await compiled(corpus, options);
  const data = await datasetBytes(dataDir);
  const index = JSON.parse(await readFile(path.join(dataDir, 'timeline.json'), 'utf8')) as {
    outlets: { id: string; name: string }[];
    events: { outletIds: string[] }[];
  };
  const events = index.events.length;
  const outletNames = toggleOrder(index.outlets, index.events);
  server.setDataDir(dataDir);

  const pages: PageKind[] = options.bare ? ['ours', 'bare'] : ['ours'];
  const loads: Record<PageKind, LoadSamples[]> = { ours: [], bare: [] };
  for (const kind of pages) {
    const plan = warmUpPlan(kind, events);
    if (!plan) continue;
    const url = `${server.origin}/${kind === 'bare' ? 'bare/' : ''}`;
    await settleQuietly();
    const samples = await runLoad(browser, probeScript, { kind, url, outletNames }, plan);
    log(`  ${kind} warm-up (not counted): ${describeLoad(samples)}`);
  }
  // Ours and bare alternate, so a busy spell on the machine falls on both.
  for (let i = 1; i <= options.runs; i++) {
    for (const kind of pages) {
      if (i > loadCount(kind, events, options.runs)) continue;
      const url = `${server.origin}/${kind === 'bare' ? 'bare/' : ''}`;
      await settleQuietly();
      const samples = await runLoad(
        browser,
        probeScript,
        { kind, url, outletNames },
        loadPlan(kind, { events, run: i }),
      );
      loads[kind].push(compact(samples));
      log(`  ${kind} ${i}/${loadCount(kind, events, options.runs)}: ${describeLoad(samples)}`);
    }
  }
  return {
    id: corpus.id,
    events,
    outlets: index.outlets.length,
    data,
    compile: runs.length > 0 ? summariseCompile(runs) : null,
    ours: summarisePage(loads.ours),
    bare: options.bare ? summarisePage(loads.bare) : null,
  };
}

async function prettier(text: string, parser: 'markdown' | 'json', file: string) {
  const config = (await resolveConfig(file)) ?? {};
  return format(text, { ...config, parser });
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\nUsage: ${USAGE}`);
    process.exitCode = 1;
    return;
  }
  if (options.reportOnly) return rewriteReport(options.readme);
  await mkdir(TMP, { recursive: true });

  if (options.build) {
    log('building the app (npm run build; output in bench/tmp/build.log)');
    await run('npm', ['run', 'build'], path.join(TMP, 'build.log'));
  }
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run without --no-build');
  }
  const initialJs = await initialJsBytes(DIST);

  const corpora: Corpus[] = options.real ? [realCorpus()] : [];
  for (const events of options.sizes) {
    corpora.push(
      await syntheticCorpus({ events, outlets: options.outlets, seed: options.seed }, TMP, log),
    );
  }

  const server = await startServer({
    port: options.port,
    distDir: DIST,
    bareDir: path.join(REPO, 'bench/bare'),
    visTimelineDir: path.join(REPO, 'node_modules/vis-timeline'),
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const chromiumVersion = browser.version();
  const visTimeline = (
    JSON.parse(
      await readFile(path.join(REPO, 'node_modules/vis-timeline/package.json'), 'utf8'),
    ) as { version: string }
  ).version;
  const datasets: DatasetResult[] = [];
  try {
    const probeScript = await transpileAsScript(path.join(REPO, 'bench/page/probe.ts'));
    for (const corpus of corpora) {
      log(
        corpus.id === 'real' ? 'real dataset' : `${Number(corpus.id).toLocaleString('en')} events`,
      );
      const result = await measureDataset(corpus, options, browser, server, probeScript);
      log(`  done: ${datasetLabel(result)}`);
      datasets.push(result);
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: describeMachine(chromiumVersion, visTimeline),
    options,
    initialJs,
    datasets,
  };
  await writeResults(results, options.readme);
}

/** results.json, results.md and the README's table; the table is printed too. */
async function writeResults(results: BenchResults, readme: boolean): Promise<void> {
  const resultsMd = path.join(REPO, 'bench/results.md');
  const report = await prettier(formatReport(results), 'markdown', resultsMd);
  await writeFile(RESULTS_JSON, await prettier(JSON.stringify(results), 'json', RESULTS_JSON));
  await writeFile(resultsMd, report);
  if (readme) {
    const readmeFile = path.join(REPO, 'README.md');
    const updated = updateReadme(await readFile(readmeFile, 'utf8'), report);
    await writeFile(readmeFile, await prettier(updated, 'markdown', readmeFile));
  }
  console.log(`\n${report}`);
  log(`wrote bench/results.json, bench/results.md${readme ? ' and the README' : ''}`);
}

/** --report-only: the tables again from the samples in results.json, without measuring. */
async function rewriteReport(readme: boolean): Promise<void> {
  const saved = JSON.parse(await readFile(RESULTS_JSON, 'utf8')) as BenchResults;
  const datasets = saved.datasets.map((d) => ({
    ...d,
    compile: d.compile ? summariseCompile(d.compile.runs) : null,
    ours: summarisePage(d.ours.loads),
    bare: d.bare ? summarisePage(d.bare.loads) : null,
  }));
  await writeResults({ ...saved, datasets }, readme);
}

main().catch((error: unknown) => {
  console.error(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
