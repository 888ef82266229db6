/**
 * Time and memory of the compiler on huge inputs: `npx tsx data/compiler/huge-inputs.bench.ts`
 * (or `… --case <name>` for one). Each case runs in a fresh process, so its peak memory is its
 * own; CPU time is printed beside wall time because a busy machine stretches the latter.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { compile, type Sources } from './compile.ts';
import { articleFile, eventFile, EVENT_YAML, validSources } from './fixtures.ts';
import { allFiles } from './fuzz.ts';
import { syntheticSources } from './synthetic-sources.ts';

const PARAGRAPH =
  'India and Canada agreed on a shared work plan to guide cooperation on security, with liaison officers in each country. ' +
  'Officials called it a fresh start after two difficult years.\n\n';
const body = (bytes: number) =>
  `${PARAGRAPH.repeat(Math.ceil(bytes / PARAGRAPH.length)).trimEnd()}\n\nThe last line is unique.`;
const quoting = (texts: string[]) =>
  EVENT_YAML.replace(/ {2}- id: alpha-plan[\s\S]*$/, () =>
    texts
      .map(
        (t, i) =>
          `  - id: q${i + 1}\n    article: alpha-2026-02-09-talks\n    text: ${JSON.stringify(t)}\n`,
      )
      .join(''),
  );

/** In-process cases: sources → compile(). */
const COMPILE_CASES: Record<string, () => Sources> = {
  'article 10 MB, 20 quotes, 5 misquoted': () =>
    validSources({
      articles: [articleFile({ body: body(9_990_000) })],
      events: [
        eventFile(
          quoting([
            ...Array.from({ length: 20 }, () => 'Officials called it a fresh start'),
            ...Array.from({ length: 5 }, (_, i) => `The last line is not unique ${i}`),
          ]),
        ),
      ],
    }),
  'article 50 MB (refused)': () =>
    validSources({ articles: [articleFile({ body: body(50 * 1024 * 1024) })] }),
  'events 50,000 (1–8 quotes, 40 outlets, 5,000 articles)': () =>
    syntheticSources({ events: 50_000, articles: 5000 }),
  'events 100,000 (1–8 quotes, 40 outlets, 10,000 articles)': () =>
    syntheticSources({ events: 100_000, articles: 10_000 }),
  'events 100,000 in one file (refused)': () => {
    const event = EVENT_YAML.trimEnd().replace(/\n/g, '\n  ');
    const text = Array.from(
      { length: 100_000 },
      (_, i) => `- ${event.replace('2026-02-07-talks', `2026-02-07-talks-${i}`)}\n`,
    ).join('');
    return validSources({ events: [{ path: 'data/events/all.yaml', text }] });
  },
  'events 10,000 quoting unknown articles': () => {
    const sources = syntheticSources({ events: 10_000, articles: 2000 });
    return {
      ...sources,
      events: sources.events.map((f) => ({
        ...f,
        text: f.text.replace(/article: (\S+)/g, (_, id: string) => `article: ${id}x`),
      })),
    };
  },
};

/** Cases through `npm run data` on files on disk. */
const CLI_CASES: Record<string, () => Sources> = {
  'CLI: article 50 MB (refused)': COMPILE_CASES['article 50 MB (refused)']!,
  'CLI: events 100,000 (1–8 quotes, 40 outlets, 10,000 articles)':
    COMPILE_CASES['events 100,000 (1–8 quotes, 40 outlets, 10,000 articles)']!,
};

const ms = (micros: number) => Math.round(micros / 1000);

async function runCompileCase(name: string) {
  const sources = COMPILE_CASES[name]!();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = compile(sources);
  const used = process.cpuUsage(cpu);
  const errors = result.problems.filter((p) => p.severity === 'error');
  return {
    wallMs: Math.round(performance.now() - started),
    cpuMs: ms(used.user + used.system),
    peakMB: Math.round(process.resourceUsage().maxRSS / 1024),
    outcome: result.dataset
      ? `compiled ${result.dataset.events.length} events`
      : `refused: ${errors.length} errors, first: ${errors[0]?.message.slice(0, 90)}`,
  };
}

async function runCliCase(name: string) {
  const root = await mkdtemp(path.join(tmpdir(), 'timeline-bench-'));
  try {
    for (const file of allFiles(CLI_CASES[name]!())) {
      await mkdir(path.dirname(path.join(root, file.path)), { recursive: true });
      await writeFile(path.join(root, file.path), file.text);
    }
    const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
    const cli = path.resolve(import.meta.dirname, 'cli.ts');
    const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'TIME %e %U %S %M'] : [];
    const [command, ...args] = [...time, tsx, cli, '--root', root];
    const started = performance.now();
    const { code, stderr, stdout } = await promisify(execFile)(command!, args, {
      maxBuffer: 1 << 30,
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    const measured = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
    return {
      wallMs: Math.round(performance.now() - started),
      cpuMs: measured ? Math.round((Number(measured[2]) + Number(measured[3])) * 1000) : null,
      peakMB: measured ? Math.round(Number(measured[4]) / 1024) : null,
      outcome: `exit ${code}: ${(stdout.trim() || stderr.trim().split('\n')[0]!).slice(0, 110)}`,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const which = process.argv.indexOf('--case');
if (which !== -1) {
  const name = process.argv[which + 1]!;
  const result = name in CLI_CASES ? await runCliCase(name) : await runCompileCase(name);
  console.log(JSON.stringify({ name, ...result }));
} else {
  console.log('case | wall ms | CPU ms | peak MB | outcome');
  for (const name of [...Object.keys(COMPILE_CASES), ...Object.keys(CLI_CASES)]) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, import.meta.filename, '--case', name],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, unknown>;
    console.log(`${name} | ${r.wallMs} | ${r.cpuMs} | ${r.peakMB} | ${r.outcome}`);
  }
}
