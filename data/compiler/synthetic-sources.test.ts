import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compile, type Sources } from './compile.ts';
import { splitFrontMatter } from './front-matter.ts';
import { formatProblem } from './problems.ts';
import { syntheticSources } from './synthetic-sources.ts';

interface SourceEvent {
  id: string;
  date: { start: string; end?: string; precision: string; label?: string };
  status?: string;
  themes: string[];
  quotes: { id: string; article: string; text: string }[];
  differences?: { label: string; positions: { label: string; quotes: string[] }[] }[];
}

/** The sources read back with the YAML library, independently of the compiler. */
function readBack(sources: Sources) {
  const articles = new Map(
    sources.articles.map((file) => {
      const split = splitFrontMatter(file.text);
      if ('error' in split) throw new Error(`${file.path}: ${split.error}`);
      const front = parse(split.frontMatter) as {
        id: string;
        outlet: string;
        published: { date: string; precision: string };
      };
      return [front.id, { ...front, body: split.body }];
    }),
  );
  const events = sources.events.map((file) => parse(file.text) as SourceEvent);
  return { articles, events };
}

const straight = (text: string) =>
  text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
const dayOf = (date: string) =>
  Date.parse(`${`${date}-01-01`.slice(0, 10)}T00:00:00Z`) / 86_400_000;

describe('the synthetic corpus', () => {
  it('is the same for the same seed, and different for another', () => {
    const options = { events: 200, outlets: 12 };
    expect(syntheticSources({ ...options, seed: 5 })).toEqual(
      syntheticSources({ ...options, seed: 5 }),
    );
    const other = syntheticSources({ ...options, seed: 6 });
    expect(other.events.map((f) => f.text)).not.toEqual(
      syntheticSources({ ...options, seed: 5 }).events.map((f) => f.text),
    );
  });

  it('compiles with no errors and no warnings', () => {
    const sources = syntheticSources({ events: 400, seed: 3 });
    const result = compile(sources);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.dataset!.events).toHaveLength(400);
    expect(result.dataset!.articles).toHaveLength(sources.articles.length);
  });

  describe('has the shape of real news', () => {
    const sources = syntheticSources({ events: 3000, seed: 11 });
    const { articles, events } = readBack(sources);
    const outletsOf = (e: SourceEvent) => e.quotes.map((q) => articles.get(q.article)!.outlet);

    it('1–8 distinct outlets an event, mostly few, sometimes two quotes from one', () => {
      const counts = events.map((e) => new Set(outletsOf(e)).size);
      expect(Math.min(...counts)).toBe(1);
      expect(Math.max(...counts)).toBe(8);
      expect(counts.filter((n) => n <= 3).length).toBeGreaterThan(events.length / 2);
      const twice = events.filter((e) => new Set(outletsOf(e)).size < e.quotes.length);
      expect(twice.length).toBeGreaterThan(events.length * 0.05);
    });

    it('quotes of 80–400 characters, each found in its article up to quote marks', () => {
      const bodies = new Map([...articles].map(([id, a]) => [id, straight(a.body)]));
      for (const event of events) {
        for (const quote of event.quotes) {
          expect(quote.text.length, quote.id).toBeGreaterThanOrEqual(80);
          expect(quote.text.length, quote.id).toBeLessThanOrEqual(400);
          const body = bodies.get(quote.article)!;
          expect(body.includes(quote.text), `${event.id}/${quote.id}`).toBe(true);
        }
      }
      // The articles use typographic marks where the events have straight ones.
      const quoted = events.flatMap((e) => e.quotes).filter((q) => /['"]/.test(q.text));
      expect(quoted.length).toBeGreaterThan(100);
      expect(quoted.some((q) => articles.get(q.article)!.body.includes(q.text))).toBe(false);
    });

    it('each quote from an article of its outlet published near the event, mostly to the day', () => {
      const gaps = events
        .filter((e) => e.date.precision === 'day' && e.status !== 'expected')
        .flatMap((e) =>
          e.quotes.map((q) => dayOf(articles.get(q.article)!.published.date) - dayOf(e.date.start)),
        )
        .sort((a, b) => a - b);
      expect(Math.abs(gaps[Math.floor(gaps.length / 2)]!)).toBeLessThanOrEqual(3);
      expect(gaps[Math.floor(gaps.length * 0.75)]!).toBeLessThanOrEqual(14);
      const precisions = [...articles.values()].map((a) => a.published.precision);
      expect(precisions.filter((p) => p === 'day').length).toBeGreaterThan(precisions.length * 0.8);
      expect(precisions).toContain('month');
    });

    it('dates within 2018–2026, in bursts', () => {
      const days = events.map((e) => dayOf(e.date.start));
      for (const e of events) {
        expect(e.date.start >= '2018').toBe(true);
        expect((e.date.end ?? e.date.start) <= '2026-12-31').toBe(true);
      }
      const weeks = new Map<number, number>();
      for (const day of days)
        weeks.set(Math.floor(day / 7), (weeks.get(Math.floor(day / 7)) ?? 0) + 1);
      const allWeeks = Math.ceil((dayOf('2026-12-31') - dayOf('2018-01-01')) / 7);
      const busiest = [...weeks.values()].sort((a, b) => b - a).slice(0, Math.round(allWeeks / 10));
      // Evenly spread, the busiest tenth of the weeks would hold a tenth of the events.
      expect(busiest.reduce((n, c) => n + c, 0)).toBeGreaterThan(events.length * 0.5);
      // A thin background: most years have events outside the bursts too.
      expect(new Set(events.map((e) => e.date.start.slice(0, 4))).size).toBe(9);
    });

    it('mostly days, some months, years, approximate and multi-day dates, a few expected late in 2026', () => {
      const share = (p: (e: SourceEvent) => boolean) => events.filter(p).length / events.length;
      expect(share((e) => e.date.precision === 'day')).toBeGreaterThan(0.75);
      for (const precision of ['month', 'year', 'approx']) {
        expect(share((e) => e.date.precision === precision)).toBeGreaterThan(0.01);
      }
      expect(share((e) => e.date.precision === 'day' && e.date.end !== undefined)).toBeGreaterThan(
        0.01,
      );
      const approx = events.filter((e) => e.date.precision === 'approx');
      for (const e of approx) expect(e.date.label).toMatch(/^(?:early|mid-|late) ?\d{4}$/);
      const expected = events.filter((e) => e.status === 'expected');
      expect(expected.length).toBeGreaterThan(0);
      for (const e of expected) expect(e.date.start > '2026-09').toBe(true);
    });

    it('about one event in twenty records how its outlets differ, naming its own quotes', () => {
      const differing = events.filter((e) => e.differences);
      expect(differing.length).toBeGreaterThan(events.length * 0.02);
      expect(differing.length).toBeLessThan(events.length * 0.1);
      for (const event of differing) {
        const ids = new Set(event.quotes.map((q) => q.id));
        for (const position of event.differences!.flatMap((d) => d.positions)) {
          for (const id of position.quotes) expect(ids.has(id), `${event.id}: ${id}`).toBe(true);
        }
      }
    });

    it('titles vary, and four to six themes are used', () => {
      const titles = new Set(sources.events.map((f) => /\ntitle: (.*)/.exec(f.text)![1]));
      expect(titles.size).toBeGreaterThan(events.length / 4);
      const themes = new Set(events.flatMap((e) => e.themes));
      expect(themes.size).toBeGreaterThanOrEqual(4);
      expect(themes.size).toBeLessThanOrEqual(6);
    });
  });

  it('keeps to the counts it is given', () => {
    const sources = syntheticSources({
      events: 500,
      outlets: 5,
      articles: 30,
      quotesPerEvent: [1, 3],
      seed: 2,
    });
    const { articles, events } = readBack(sources);
    expect(events).toHaveLength(500);
    expect(articles.size).toBe(30);
    expect(new Set([...articles.values()].map((a) => a.outlet)).size).toBe(5);
    for (const event of events) {
      expect(event.quotes.length).toBeGreaterThanOrEqual(1);
      expect(event.quotes.length).toBeLessThanOrEqual(3);
    }
    expect(compile(sources).problems.map(formatProblem)).toEqual([]);
  });
});
