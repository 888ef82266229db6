/**
 * `npm run data` under fire: damaged sources written to disk (as text, and as bytes that are
 * not UTF-8), the CLI run as a child process. It exits 0 or 1, prints only located problems
 * (never a stack trace), and on failure leaves the previous output byte for byte.
 * Child processes are slow, so these runs are few; compile.properties.test.ts has the many.
 * The CLI is bundled once with Vite (the same source `npm run data` runs through tsx), which
 * makes each run start in a fraction of tsx's time.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/dataset/schema.ts';
import { validSources } from './fixtures.ts';
import { allFiles, applyMangle, fuzzOptions, mangle } from './fuzz.ts';

export const CLI_RUNS = { damagedText: 16, invalidBytes: 6 };

const run = promisify(execFile);
const OUT = 'public/data/timeline.json';
const PROJECT = path.resolve(import.meta.dirname, '../..');
/** Inside the project, so that the bundle finds zod and yaml in its node_modules. */
const BUNDLE_DIR = path.join(PROJECT, 'node_modules/.cache', `cli-under-test-${process.pid}`);
const BUNDLE = path.join(BUNDLE_DIR, 'cli.mjs');

async function bundleCli() {
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    build: {
      ssr: path.resolve(import.meta.dirname, 'cli.ts'),
      outDir: BUNDLE_DIR,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'cli.mjs' } },
    },
  });
}

async function runCli(root: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BUNDLE, '--root', root], {
      env: { ...process.env, DEBUG: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every line the CLI may print to stderr: problems, their indented details, the summary. */
const STDERR_LINE = [
  /^data\/[^\n]+:\d+: (error|warning): \S/,
  /^ {4}(closest passage|the article has no similar passage|closest passage not searched)/,
  /^\d+ errors?, \d+ warnings?: public\/data\/timeline\.json was not written/,
  /^$/,
];

function expectOnlyLocatedProblems(stderr: string) {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/^\w*Error:/m);
  for (const line of stderr.split('\n')) {
    expect(
      STDERR_LINE.some((shape) => shape.test(line)),
      `stderr line ${JSON.stringify(line)}`,
    ).toBe(true);
  }
}

describe('npm run data on damaged sources', { timeout: 600_000 }, () => {
  let template: string;
  let previous: Buffer;

  beforeAll(async () => {
    await bundleCli();
    template = await mkdtemp(path.join(tmpdir(), 'timeline-cli-fuzz-'));
    for (const file of allFiles(validSources())) {
      await mkdir(path.dirname(path.join(template, file.path)), { recursive: true });
      await writeFile(path.join(template, file.path), file.text);
    }
    const first = await runCli(template);
    expect(first.code).toBe(0);
    previous = await readFile(path.join(template, OUT));
  }, 60_000);
  afterAll(async () => {
    await rm(template, { recursive: true, force: true });
    await rm(BUNDLE_DIR, { recursive: true, force: true });
  });

  /** A copy of the good sources and their output, with one file replaced by `bytes`. */
  async function damagedCopy(file: string, bytes: Buffer): Promise<string> {
    const root = await mkdtemp(path.join(tmpdir(), 'timeline-cli-case-'));
    await cp(template, root, { recursive: true });
    await writeFile(path.join(root, file), bytes);
    return root;
  }

  async function check(root: string, also: (stderr: string) => void = () => {}) {
    try {
      const result = await runCli(root);
      expect([0, 1]).toContain(result.code);
      also(result.stderr);
      expectOnlyLocatedProblems(result.stderr);
      const output = await readFile(path.join(root, OUT));
      if (result.code === 1) {
        expect(output.equals(previous), 'the previous output is unchanged').toBe(true);
      } else {
        expect(datasetSchema.safeParse(JSON.parse(output.toString('utf8'))).success).toBe(true);
      }
      expect(
        (await readdir(path.join(root, 'public/data'))).filter((f) => f.endsWith('.tmp')),
      ).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }

  const files = allFiles(validSources());

  it('damaged text: exit 0 or 1, only located problems, the previous output kept', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mangle, { minLength: 1, maxLength: 3 }),
        async (which, mangles) => {
          const file = files[which % files.length]!;
          const text = mangles.reduce(applyMangle, file.text);
          await check(await damagedCopy(file.path, Buffer.from(text, 'utf8')));
        },
      ),
      fuzzOptions(CLI_RUNS.damagedText),
    );
  });

  it('bytes that are not UTF-8: reported on their line, the previous output kept', async () => {
    const invalid = fc.constantFrom(
      [0x80],
      [0x92], // a Windows-1252 apostrophe
      [0xc0, 0xaf], // an overlong '/'
      [0xed, 0xa0, 0x80], // a UTF-16 surrogate
      [0xf5, 0x80, 0x80, 0x80],
      [0xff],
      [0xe2, 0x80], // a sequence cut short
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), invalid, async (which, at, bytes) => {
        const file = files[which % files.length]!;
        const text = Buffer.from(file.text, 'utf8');
        const offset = at % (text.length + 1);
        const damaged = Buffer.concat([
          text.subarray(0, offset),
          Buffer.from(bytes),
          text.subarray(offset),
        ]);
        const root = await damagedCopy(file.path, damaged);
        const line = text.subarray(0, offset).toString('utf8').split('\n').length;
        await check(root, (stderr) =>
          expect(stderr).toContain(`${file.path}:${line}: error: file is not valid UTF-8`),
        );
      }),
      fuzzOptions(CLI_RUNS.invalidBytes),
    );
  });

  it('a failed write (the output path is a folder) is one line, exit 2, and leaves no temporary file', async () => {
    const root = await damagedCopy(files[0]!.path, Buffer.from(files[0]!.text));
    try {
      await rm(path.join(root, OUT));
      await mkdir(path.join(root, OUT));
      const result = await runCli(root);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^data compiler failed: .*timeline\.json/),
      ]);
      expect((await readdir(path.join(root, 'public/data'))).sort()).toEqual([
        'timeline',
        'timeline.json',
      ]);
      const parts = await readdir(path.join(root, 'public/data/timeline'));
      expect(parts.filter((name) => !/^[a-z0-9-]+-[0-9a-f]{12}\.json$/.test(name))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
