/**
 * The corpora under test, as project roots (ROOT/data/…) the compiler reads. Synthetic ones
 * are generated once and kept in bench/tmp, keyed by their parameters and the generator's
 * source, so reruns skip the generation (the compile is always timed afresh).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../data/compiler/compile.ts';
import { syntheticSources } from '../data/compiler/synthetic-sources.ts';

export interface Corpus {
  /** `real`, or the event count. */
  id: string;
  root: string;
  /** Synthetic corpora only. */
  synthetic?: { events: number; outlets: number; seed: number };
}

const REPO = path.resolve(import.meta.dirname, '..');
const GENERATOR = path.join(REPO, 'data/compiler/synthetic-sources.ts');

export function realCorpus(): Corpus {
  return { id: 'real', root: REPO };
}

/** The project's own generator command, once `npm run data:synthetic` exists. */
async function syntheticScript(): Promise<string | null> {
  const pkg = JSON.parse(await readFile(path.join(REPO, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return pkg.scripts?.['data:synthetic'] ?? null;
}

export async function syntheticCorpus(
  options: { events: number; outlets: number; seed: number },
  tmpDir: string,
  log: (line: string) => void,
): Promise<Corpus> {
  const script = await syntheticScript();
  const hash = createHash('sha256')
    .update(await readFile(GENERATOR))
    .update(script ?? 'in-process')
    .digest('hex')
    .slice(0, 10);
  const { events, outlets, seed } = options;
  const root = path.join(tmpDir, 'corpora', `e${events}-o${outlets}-s${seed}-${hash}`);
  const corpus = { id: String(events), root, synthetic: options };
  if (existsSync(path.join(root, '.complete'))) return corpus;

  log(`generating ${events.toLocaleString('en')} events, ${outlets} outlets (seed ${seed})`);
  const building = `${root}.partial-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  if (script) await runSyntheticScript(options, building);
  else await writeSources(allSourceFiles(syntheticSources(options)), building);
  await writeFile(path.join(building, '.complete'), '');
  await rm(root, { recursive: true, force: true });
  await rename(building, root);
  return corpus;
}

function allSourceFiles(sources: ReturnType<typeof syntheticSources>): SourceFile[] {
  const { outlets, themes, eras, articles, events } = sources;
  return [outlets, themes, eras, ...articles, ...events].filter((f): f is SourceFile => !!f);
}

async function writeSources(files: SourceFile[], root: string): Promise<void> {
  const dirs = new Set(files.map((f) => path.dirname(path.join(root, f.path))));
  for (const dir of dirs) await mkdir(dir, { recursive: true });
  for (const file of files) await writeFile(path.join(root, file.path), file.text);
}

function runSyntheticScript(
  options: { events: number; outlets: number; seed: number },
  out: string,
): Promise<void> {
  const args = ['run', '--silent', 'data:synthetic', '--'];
  args.push('--events', String(options.events), '--outlets', String(options.outlets));
  args.push('--seed', String(options.seed), '--out', out);
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run data:synthetic exited with ${code}`)),
    );
  });
}
