/**
 * Huge inputs are compiled, or refused with a clear message, and never hang or exhaust memory.
 * No timed assertions: each test has a generous timeout only so that a hang fails instead of
 * stalling the suite. Times and memory are measured by huge-inputs.bench.ts.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { articleFile, eventFile, EVENT_YAML, validSources } from './fixtures.ts';
import { compileChecked } from './fuzz.ts';
import { loadSources } from './load-sources.ts';
import { formatProblem } from './problems.ts';
import { SOURCE_LIMITS } from './source-text.ts';
import { syntheticSources } from './synthetic-sources.ts';

const MiB = 1024 * 1024;

const errorsOf = (result: ReturnType<typeof compile>) =>
  result.problems.filter((p) => p.severity === 'error').map(formatProblem);
const PARAGRAPH =
  'India and Canada agreed on a shared work plan to guide cooperation on security, with liaison officers in each country. ' +
  'Officials called it a fresh start after two difficult years.\n\n';

/** An article body of about `bytes`, ending with a sentence found nowhere else. */
function hugeBody(bytes: number): string {
  return `${PARAGRAPH.repeat(Math.ceil(bytes / PARAGRAPH.length)).trimEnd()}\n\nThe last line is unique.`;
}

function quoting(...texts: string[]): string {
  return EVENT_YAML.replace(/ {2}- id: alpha-plan[\s\S]*$/, () =>
    texts
      .map(
        (text, i) =>
          `  - id: q${i + 1}\n    article: alpha-2026-02-09-talks\n    text: ${JSON.stringify(text)}\n`,
      )
      .join(''),
  );
}

describe('huge inputs', { timeout: 120_000 }, () => {
  it('a 50 MB article is refused with its size on line 1, and the events quoting it are not told it is unknown', () => {
    const article = articleFile({ body: hugeBody(50 * MiB) });
    const result = compile(validSources({ articles: [article] }));
    expect(result.dataset).toBeNull();
    expect(result.problems.map(formatProblem)).toEqual([
      'data/articles/alpha/alpha-2026-02-09-talks.md:1: error: file is 52.4 MB, larger than the 10 MB limit for an article',
    ]);
  });

  it('a 50 MB article on disk is refused without being read', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'timeline-huge-'));
    try {
      const file = path.join(root, 'data/articles/alpha/alpha-2026-02-09-talks.md');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, articleFile({ body: hugeBody(50 * MiB) }).text);
      const sources = await loadSources(root);
      expect(sources.articles).toEqual([
        {
          path: 'data/articles/alpha/alpha-2026-02-09-talks.md',
          text: '',
          unreadable: {
            line: 1,
            message: 'file is 52.4 MB, larger than the 10 MB limit for an article',
          },
        },
      ]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('an article just under the limit compiles, its quotes found at their offsets, a misquote given its closest passage', () => {
    const body = hugeBody(SOURCE_LIMITS.article - 4096);
    const good = compileChecked(
      validSources({
        articles: [articleFile({ body })],
        events: [
          eventFile(quoting('The last line is unique.', 'Officials called it a fresh start')),
        ],
      }),
    );
    expect(good.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(good.dataset!.events[0]!.quotes.map((q) => q.start)).toEqual([
      body.indexOf('The last line is unique.'),
      body.indexOf('Officials called it a fresh start'),
    ]);

    const misquoted = compile(
      validSources({
        articles: [articleFile({ body })],
        events: [eventFile(quoting('The last line is not unique.'))],
      }),
    );
    expect(errorsOf(misquoted)).toEqual([
      expect.stringContaining(
        'quote "q1" is not found verbatim in article "alpha-2026-02-09-talks" (data/articles/alpha/alpha-2026-02-09-talks.md)\n    closest passage: "The last line is unique"',
      ),
    ]);
  });

  it('thirty misquotes of a huge article: all reported, the closest-passage search stopping at its budget', () => {
    const body = hugeBody(SOURCE_LIMITS.article - 4096);
    const misquotes = Array.from(
      { length: 30 },
      (_, i) => `Officials called it a fresh start number ${i}`,
    );
    const result = compile(
      validSources({
        articles: [articleFile({ body })],
        events: [eventFile(quoting(...misquotes))],
      }),
    );
    const details = result.problems.filter((p) => p.severity === 'error').map((p) => p.detail);
    expect(details).toHaveLength(30);
    expect(
      details.filter((d) => d?.startsWith('closest passage: "Officials called it a fresh start')),
    ).not.toHaveLength(0);
    expect(details.at(-1)).toBe(
      'closest passage not searched: this run has searched enough articles for misquotes',
    );
  });

  it('100,000 events (40 outlets, 2,000 articles) compile, every quote slicing back from its article', () => {
    // Two quotes an event keeps this test to seconds; the benchmark runs the realistic 1–8.
    const sources = syntheticSources({
      events: 100_000,
      articles: 2000,
      wordsPerArticle: 300,
      quotesPerEvent: [1, 3],
    });
    const result = compile(sources);
    expect(result.problems.map(formatProblem)).toEqual([]);
    const dataset = result.dataset!;
    expect(dataset.events).toHaveLength(100_000);
    expect(dataset.outlets).toHaveLength(40);
    const bodies = new Map(
      sources.articles.map((f) => [f.path, f.text.slice(f.text.indexOf('\n---\n') + 5).trimEnd()]),
    );
    const bodyOf = new Map(dataset.articles.map((a) => [a.id, bodies.get(a.file)!]));
    let quotes = 0;
    for (const event of dataset.events) {
      for (const quote of event.quotes) {
        quotes++;
        if (bodyOf.get(quote.articleId)!.slice(quote.start, quote.end) !== quote.text) {
          throw new Error(`${event.id}/${quote.id} does not slice back`);
        }
      }
    }
    expect(quotes).toBeGreaterThan(100_000 * 1.5);
  });

  it('100,000 events in one file are refused by its size', () => {
    const event = EVENT_YAML.trimEnd().replace(/\n/g, '\n  ');
    const text = Array.from(
      { length: 100_000 },
      (_, i) => `- ${event.replace('2026-02-07-talks', `2026-02-07-talks-${i}`)}\n`,
    ).join('');
    const result = compile(validSources({ events: [{ path: 'data/events/all.yaml', text }] }));
    expect(errorsOf(result)).toEqual([
      expect.stringMatching(
        /^data\/events\/all\.yaml:1: error: file is \d+\.\d MB, larger than the 5 MB limit for a YAML file$/,
      ),
    ]);
  });

  it('10,000 events quoting unknown articles among 2,000: each quote reported, suggestions stopping at their budget', () => {
    const sources = syntheticSources({
      events: 10_000,
      articles: 2000,
      wordsPerArticle: 20,
      quotesPerEvent: [1, 2],
    });
    const broken = {
      ...sources,
      events: sources.events.map((f) => ({
        ...f,
        text: f.text.replace(/article: (\S+)/g, (_, id: string) => `article: ${id}x`),
      })),
    };
    const result = compile(broken);
    const unknown = result.problems.filter((p) => /unknown article/.test(p.message));
    const quotes = broken.events.reduce((n, f) => n + (f.text.match(/article: /g)?.length ?? 0), 0);
    expect(unknown).toHaveLength(quotes);
    const suggested = unknown.filter((p) => /\(did you mean "[^"]+"\?\)$/.test(p.message));
    expect(suggested.length).toBeGreaterThan(0);
    // 2,000 distinct unknown ids against 2,000 known ones is more than the budget allows.
    expect(suggested.length).toBeLessThan(unknown.length);
  });
});
