/**
 * Compiles a corpus in a fresh child process, as `npm run data` would, and measures it: wall
 * time from spawn to exit (node start-up and TypeScript loading included), the compiler
 * process's own CPU time and peak resident memory (bench/report-usage.ts).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..');
const CLI = path.join(REPO, 'data/compiler/cli.ts');
const REPORTER = path.join(import.meta.dirname, 'report-usage.ts');

export interface CompileRun {
  wallMs: number;
  cpuMs: number | null;
  peakRssMB: number | null;
}

/** Writes `<dataDir>/timeline.json` (and whatever the compiler writes beside it) afresh. */
export async function compileCorpus(root: string, dataDir: string): Promise<CompileRun> {
  await rm(dataDir, { recursive: true, force: true });
  const scratch = await mkdtemp(path.join(tmpdir(), 'bench-usage-'));
  const usageFile = path.join(scratch, 'usage.json');
  const out = path.resolve(dataDir, 'timeline.json');
  try {
    const started = performance.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
      (resolve, reject) => {
        const child = spawn(
          process.execPath,
          // --out as an absolute path: the compiler resolves it against --root.
          ['--import', 'tsx', '--import', REPORTER, CLI, '--root', root, '--out', out],
          { cwd: REPO, env: { ...process.env, BENCH_USAGE_FILE: usageFile }, stdio: 'pipe' },
        );
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.stdout.resume();
        child.on('error', reject);
        child.on('exit', (code) => resolve({ code, stderr }));
      },
    );
    const wallMs = Math.round(performance.now() - started);
    if (code !== 0) {
      throw new Error(
        `compiler exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`,
      );
    }
    const usage = JSON.parse(await readFile(usageFile, 'utf8').catch(() => 'null')) as {
      maxRssKB: number;
      cpuMs: number;
    } | null;
    return {
      wallMs,
      cpuMs: usage?.cpuMs ?? null,
      peakRssMB: usage ? Math.round((usage.maxRssKB * 1024) / 1e6) : null,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Changes when the compiler or the schema it validates against changes. */
export async function compilerHash(): Promise<string> {
  const hash = createHash('sha256');
  const dir = path.join(REPO, 'data/compiler');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.includes('.test.'));
  for (const file of files.sort()) hash.update(file).update(await readFile(path.join(dir, file)));
  hash.update(await readFile(path.join(REPO, 'src/dataset/schema.ts')));
  return hash.digest('hex').slice(0, 10);
}
