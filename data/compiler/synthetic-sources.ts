/**
 * A synthetic corpus of any size, for load tests and benchmarks: outlets, realistic
 * articles (paragraphs of sentences, typographic quote marks) and events quoting them
 * (1–8 quotes each, straight quote marks in the source, as editors type them).
 * Deterministic: the same options always give the same sources.
 */
import type { SourceFile, Sources } from './compile.ts';

export interface SyntheticOptions {
  events: number;
  outlets?: number;
  /** Articles in all; by default one for every ten events. */
  articles?: number;
  /** Approximate words per article. */
  wordsPerArticle?: number;
  /** Fewest and most quotes an event has; by default 1 and 8. */
  quotesPerEvent?: [number, number];
  seed?: number;
}

const WORDS = (
  'india canada minister security talks ottawa delhi officials agreed cooperation trade ' +
  'visa diplomats said statement government national adviser meeting bilateral relations ' +
  'reset allegations investigation police community students tariffs agreement summit ' +
  'framework liaison officers information sharing extremism interference election prime ' +
  'parliament spokesperson ministry external affairs foreign high commission consular ' +
  'services restored dialogue progress concerns citizens threats fentanyl networks energy'
).split(' ');

/** mulberry32: a small, fast, seedable generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function syntheticSources(options: SyntheticOptions): Sources {
  const rnd = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const outletCount = options.outlets ?? 40;
  const articleCount = options.articles ?? Math.max(1, Math.ceil(options.events / 10));
  const wordsPerArticle = options.wordsPerArticle ?? 800;

  const outletIds = Array.from({ length: outletCount }, (_, i) => `outlet-${pad(i + 1, 3)}`);
  const outlets: SourceFile = {
    path: 'data/outlets.yaml',
    text: outletIds
      .map(
        (id, i) =>
          `- id: ${id}\n  name: Outlet ${i + 1}\n  country: ${i % 3 === 0 ? 'null' : 'India'}\n  colour: "#${((i * 0x9e3779) & 0xffffff).toString(16).padStart(6, '0')}"\n`,
      )
      .join(''),
  };
  const themes: SourceFile = {
    path: 'data/themes.yaml',
    text: ['diplomacy', 'security', 'trade', 'migration']
      .map((id) => `- id: ${id}\n  label: ${id}\n  colour: "#4477AA"\n`)
      .join(''),
  };
  const eras: SourceFile = {
    path: 'data/eras.yaml',
    text: '- id: all\n  label: All\n  start: "2018-01-01"\n  end: "2026-12-31"\n',
  };

  const sentence = (serial: number) => {
    const words = Array.from({ length: between(8, 24) }, () => pick(WORDS));
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    // A serial number keeps sentences distinct, as real ones are; some carry typographic marks.
    words.splice(between(1, words.length - 1), 0, `no${serial}`);
    if (rnd() < 0.3) words.splice(between(1, words.length - 1), 0, `“${pick(WORDS)}”`);
    if (rnd() < 0.2) words.splice(between(1, words.length - 1), 0, `India’s`);
    return `${words.join(' ')}.`;
  };

  const articles: { id: string; file: SourceFile; sentences: string[] }[] = [];
  for (let a = 0; a < articleCount; a++) {
    const outlet = outletIds[a % outletCount]!;
    const id = `${outlet}-a${pad(a + 1, 6)}`;
    const sentences: string[] = [];
    const paragraphs: string[] = [];
    let words = 0;
    while (words < wordsPerArticle) {
      const paragraph: string[] = [];
      for (let s = between(2, 5); s > 0; s--) {
        const text = sentence(sentences.length + 1);
        sentences.push(text);
        paragraph.push(text);
        words += text.split(' ').length;
      }
      paragraphs.push(paragraph.join(' '));
    }
    const file: SourceFile = {
      path: `data/articles/${outlet}/${id}.md`,
      text: [
        '---',
        `id: ${id}`,
        `outlet: ${outlet}`,
        `headline: Synthetic article ${a + 1}`,
        'headlineSource: ours',
        'published:',
        `  date: "${2018 + (a % 9)}"`,
        '  precision: year',
        'url: null',
        '---',
        paragraphs.join('\n\n'),
        '',
      ].join('\n'),
    };
    articles.push({ id, file, sentences });
  }

  const straighten = (text: string) => text.replace(/[“”]/g, '"').replace(/’/g, "'");
  const events: SourceFile[] = [];
  for (let e = 0; e < options.events; e++) {
    const year = 2018 + (e % 9);
    const day = `${year}-${pad(between(1, 12), 2)}-${pad(between(1, 28), 2)}`;
    const id = `${day}-event-${pad(e + 1, 6)}`;
    const quotes = Array.from(
      { length: between(...(options.quotesPerEvent ?? [1, 8])) },
      (_, q) => {
        const article = articles[(e * 7 + q * 13) % articles.length]!;
        return [
          `  - id: q${q + 1}`,
          `    article: ${article.id}`,
          `    text: ${JSON.stringify(straighten(pick(article.sentences)))}`,
        ].join('\n');
      },
    );
    events.push({
      path: `data/events/${year}/${id}.yaml`,
      text: [
        `id: ${id}`,
        `title: Synthetic event ${e + 1}`,
        `summary: Summary of synthetic event ${e + 1}.`,
        'date:',
        `  start: "${day}"`,
        '  precision: day',
        `themes: [${pick(['diplomacy', 'security', 'trade', 'migration'])}]`,
        'quotes:',
        ...quotes,
        '',
      ].join('\n'),
    });
  }
  // Sorted by path, as the loader gives them.
  const byPath = (a: SourceFile, b: SourceFile) => (a.path < b.path ? -1 : 1);
  return {
    outlets,
    themes,
    eras,
    articles: articles.map((a) => a.file).sort(byPath),
    events: events.sort(byPath),
  };
}
