/**
 * What the compiler promises for any input, as one check for property tests: it returns
 * (never throws) either a dataset that passes the app's schema with every quote slicing back
 * from its article, or no dataset and at least one error; every problem is located.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { buildOutput } from './build-output.ts';
import { compile, type CompileResult, type SourceFile, type Sources } from './compile.ts';
import { splitFrontMatter } from './front-matter.ts';
import { formatProblem } from './problems.ts';

/** Fixed, so that a failure is reproducible; `FC_SEED=<n>` explores other inputs. */
export const FUZZ_SEED = Number(process.env.FC_SEED ?? 20260206);
/** `FC_RUNS=10` runs ten times as many cases. */
const RUNS_FACTOR = Number(process.env.FC_RUNS ?? 1);

export function fuzzOptions(numRuns: number): fc.Parameters<unknown> {
  return { numRuns: Math.round(numRuns * RUNS_FACTOR), seed: FUZZ_SEED, endOnFailure: false };
}

export function allFiles(sources: Sources): SourceFile[] {
  return [
    sources.outlets,
    sources.themes,
    sources.eras,
    ...sources.articles,
    ...sources.events,
  ].filter((f): f is SourceFile => f !== null);
}

const LIST_FILES = ['data/outlets.yaml', 'data/themes.yaml', 'data/eras.yaml'];

/** Compiles and checks every promise; throws (failing the property) with what was broken. */
export function compileChecked(sources: Sources): CompileResult {
  const result = compile(sources);
  const files = new Map(allFiles(sources).map((f) => [f.path, f.text]));
  const fail = (why: string): never => {
    throw new Error(`${why}\nproblems:\n${result.problems.map(formatProblem).join('\n')}`);
  };

  for (const p of result.problems) {
    const text = files.get(p.file);
    if (text === undefined && !LIST_FILES.includes(p.file))
      fail(`problem on unknown file ${p.file}`);
    const lines = text === undefined ? 1 : text.split(/\r\n|\r|\n/).length;
    if (!Number.isInteger(p.line) || p.line < 1 || p.line > lines) {
      fail(`problem line ${p.line} is not a line of ${p.file} (${lines} lines)`);
    }
    if (p.message.trim() === '') fail('problem without a message');
    if (/internal error/.test(p.message)) fail('the compiler produced an invalid dataset');
    const head = formatProblem(p).split('\n')[0]!;
    if (!/^[^\n]+:\d+: (error|warning): \S/.test(head) || /[\r\u2028\u2029]/.test(head)) {
      fail(`badly formed problem line: ${JSON.stringify(head)}`);
    }
  }
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (result.dataset === null) {
    if (errors.length === 0) fail('no dataset, yet no error');
  } else {
    if (errors.length > 0) fail('a dataset despite errors');
    // Split small, so that damaged sources also exercise many parts.
    const built = buildOutput(result.dataset, {
      indexFile: 'public/data/timeline.json',
      maxPartBytes: 2048,
      checkShapes: true,
    });
    if (built.errors.length > 0) fail(`output fails its schema: ${built.errors.join('; ')}`);
    const bodies = new Map<string, string>();
    for (const article of result.dataset.articles) {
      const split = splitFrontMatter(files.get(article.file) ?? '');
      if ('error' in split) fail(`article ${article.id} compiled from a file without front matter`);
      else bodies.set(article.id, split.body);
    }
    for (const event of result.dataset.events) {
      for (const quote of event.quotes) {
        const body = bodies.get(quote.articleId) ?? '';
        if (body.slice(quote.start, quote.end) !== quote.text) {
          fail(`quote ${event.id}/${quote.id} does not slice back from its article`);
        }
        if (body.slice(quote.context.start, quote.context.end) !== quote.context.text) {
          fail(`context of ${event.id}/${quote.id} does not slice back from its article`);
        }
      }
    }
  }
  if (!isDeepStrictEqual(compile(sources), result)) fail('a second compile gave another result');
  return result;
}

/** Replaces one file of `sources` (by path) with `text`. */
export function withFile(sources: Sources, path: string, text: string): Sources {
  const swap = (f: SourceFile | null) => (f?.path === path ? { ...f, text } : f);
  return {
    outlets: swap(sources.outlets),
    themes: swap(sources.themes),
    eras: swap(sources.eras),
    articles: sources.articles.map((f) => swap(f)!),
    events: sources.events.map((f) => swap(f)!),
  };
}

/** Characters that mean something to YAML, to Markdown front matter, or to a text decoder. */
const NASTY = [
  ':',
  ': ',
  '- ',
  '-',
  '---',
  '---\n',
  '\n---\n',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '&a',
  '*a',
  '!',
  '!!str ',
  '|',
  '>',
  '>-',
  '%',
  '@',
  '`',
  '?',
  '\t',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '   ',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\uFFFD',
  '\uD800',
  '\uDFFF',
  '\u2028',
  '\u0085',
  'é',
  '’',
  '“',
  '😀',
  '\\',
  '\\u',
  '~',
  'null',
  'true',
  '1e400',
  '0x1F',
  '<<: *a',
  '__proto__',
  'constructor',
];

export const nastyText = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** One way of damaging a text, as an editor, a bad merge or a wrong encoding might. */
export type Mangle =
  | { kind: 'splice'; at: number; remove: number; insert: string }
  | { kind: 'truncate'; at: number }
  | {
      kind: 'duplicate-line' | 'delete-line' | 'indent-line' | 'tab-indent' | 'swap-lines';
      at: number;
      other: number;
    }
  | { kind: 'crlf' | 'bom' | 'cr' | 'strip-dashes' | 'latin1' };

export const mangle: fc.Arbitrary<Mangle> = fc.oneof(
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    remove: fc.nat({ max: 8 }),
    insert: nastyText,
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constantFrom(
      'duplicate-line' as const,
      'delete-line' as const,
      'indent-line' as const,
      'tab-indent' as const,
      'swap-lines' as const,
    ),
    at: fc.nat(),
    other: fc.nat(),
  }),
  fc.record({
    kind: fc.constantFrom(
      'crlf' as const,
      'bom' as const,
      'cr' as const,
      'strip-dashes' as const,
      'latin1' as const,
    ),
  }),
);

export function applyMangle(text: string, m: Mangle): string {
  const lines = text.split('\n');
  const line = (n: number) => n % Math.max(1, lines.length);
  switch (m.kind) {
    case 'splice': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.insert + text.slice(at + m.remove);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'duplicate-line':
      lines.splice(line(m.at), 0, lines[line(m.at)] ?? '');
      return lines.join('\n');
    case 'delete-line':
      lines.splice(line(m.at), 1);
      return lines.join('\n');
    case 'indent-line':
      lines[line(m.at)] = ' '.repeat((m.other % 5) + 1) + (lines[line(m.at)] ?? '');
      return lines.join('\n');
    case 'tab-indent':
      lines[line(m.at)] = (lines[line(m.at)] ?? '').replace(/^ */, '\t');
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [line(m.at), line(m.other)];
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'cr':
      return text.replace(/\n/g, '\r');
    case 'bom':
      return `\uFEFF${text}`;
    case 'strip-dashes':
      return text.replace(/^---$/m, '');
    case 'latin1':
      // UTF-8 bytes read as Latin-1: what a wrong encoding guess does to “ ” ’ é.
      return Buffer.from(text, 'utf8').toString('latin1');
  }
}
