/**
 * A synthetic corpus of any size, shaped like the real one, for load tests and benchmarks.
 *
 * News comes in bursts: a few dozen of them over 2018–2026, of very different intensity, each
 * some days to weeks long, over a thin background. Events cluster in the bursts; each is
 * covered by 1–8 distinct outlets (mostly few), each quoting 80–400 characters (one to three
 * consecutive sentences) of one of its own articles published near the event, sometimes twice.
 * Articles are per outlet, dated near the bursts they cover, mostly to the day. Events have
 * neutral titles, mostly day dates (some months, years, approximate spans, multi-day spans), a
 * few are expected late in 2026, and about one in twenty records how its outlets differ.
 *
 * Every file is in the format of the real ones (and within the fast YAML reader's subset), and
 * the corpus compiles with no errors and no warnings. Deterministic: the same options always
 * give the same files.
 */
import type { SourceFile, Sources } from './compile.ts';
import {
  between,
  COUNTRIES,
  DIFFERENCES,
  drawEventText,
  drawHeadline,
  drawOutletNames,
  drawSentence,
  drawStory,
  ERA_LABELS,
  pick,
  shuffle,
  THEMES,
  type Draw,
  type Story,
} from './synthetic-text.ts';

export interface SyntheticOptions {
  events: number;
  /** Outlets in all; 40 by default. */
  outlets?: number;
  /** Articles in all; by default one for every 16 quotes, as in the real corpus. */
  articles?: number;
  /** Approximate words per article; 600 by default, as in the real corpus. */
  wordsPerArticle?: number;
  /**
   * Fewest and most quotes an event has, drawn evenly. By default an event has 1–8 outlets,
   * mostly few, and now and then a second quote from one of them.
   */
  quotesPerEvent?: [number, number];
  seed?: number;
}

/** mulberry32: a small, fast, seedable generator. */
function random(seed: number): Draw {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const FIRST_DAY = dayOf('2018-01-01');
const LAST_DAY = dayOf('2026-12-31');
/** The corpus's "today": events after it are expected, not yet happened. */
const NOW = dayOf('2026-09-30');

/** Share of events and articles outside any burst. */
const BACKGROUND = 0.12;
/** Relative odds of an event having 1, 2, … 8 outlets. */
const OUTLETS_PER_EVENT = [30, 22, 16, 11, 8, 6, 4, 3];
const MAX_OUTLETS_PER_EVENT = OUTLETS_PER_EVENT.length;
const QUOTES_PER_ARTICLE = 16;
const EXPECTED_SHARE = 0.005;
/** Of events with two quotes or more; about one event in twenty in all. */
const DIFFERENCE_SHARE = 0.067;

interface Outlet {
  id: string;
  name: string;
  country: string | null;
  colour: string;
  /** How much the outlet publishes, relative to the others. */
  weight: number;
  articles: Article[];
}

interface Article {
  id: string;
  outlet: Outlet;
  day: number;
  /** Sentences by paragraph. */
  paragraphs: string[][];
  file: SourceFile;
  quoted: boolean;
}

interface Quote {
  id: string;
  article: Article;
  /** As an editor types it: straight quote marks. */
  text: string;
}

interface Event {
  day: number;
  story: Story;
  expected: boolean;
  /** For each planned quote, which of the event's outlets (0, 1, …) gives it. */
  plan: number[];
  outlets: Outlet[];
  quotes: Quote[];
}

export function syntheticSources(options: SyntheticOptions): Sources {
  const rnd = random(options.seed ?? 1);
  const chance = (p: number) => rnd() < p;
  const outlets = drawOutlets(rnd, options.outlets ?? 40);
  const moment = momentDrawer(rnd);

  // Events first: their outlet and quote counts decide how many articles there are by default.
  const expectedCount = Math.round(options.events * EXPECTED_SHARE);
  const events: Event[] = Array.from({ length: options.events }, (_, e) => {
    const expected = e < expectedCount;
    const { day, story } = expected
      ? { day: between(rnd, NOW + 1, LAST_DAY), story: drawStory(rnd) }
      : moment();
    return {
      day,
      story,
      expected,
      plan: planQuotes(rnd, options.quotesPerEvent),
      outlets: [],
      quotes: [],
    };
  });
  const plannedQuotes = events.reduce((n, e) => n + e.plan.length, 0);
  const articleCount =
    options.articles ?? Math.max(1, Math.ceil(plannedQuotes / QUOTES_PER_ARTICLE));

  // The outlets that publish at all: all of them, unless there are fewer articles.
  const publishing = [...outlets]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, Math.min(articleCount, outlets.length));
  const cumulative = cumulate(publishing.map((o) => o.weight));
  const coverage = new Map<Outlet, Event[]>(publishing.map((o) => [o, []]));
  for (const event of events) {
    const outletCount = Math.min(Math.max(...event.plan) + 1, publishing.length);
    while (event.outlets.length < outletCount) {
      const outlet = publishing[upperBound(cumulative, rnd() * cumulative.at(-1)!)]!;
      if (!event.outlets.includes(outlet)) event.outlets.push(outlet);
    }
    for (const outlet of event.outlets) coverage.get(outlet)!.push(event);
  }

  // Each outlet's articles are spread over the events it covers, evenly by count, so that
  // they are as dense as its news: many in a burst, few in quiet times.
  const wordsPerArticle = options.wordsPerArticle ?? 600;
  const articleIds = new Map<string, number>();
  allot(
    articleCount,
    publishing.map((o) => coverage.get(o)!.length),
  ).forEach((count, o) => {
    const outlet = publishing[o]!;
    const covered = coverage.get(outlet)!.sort((a, b) => a.day - b.day);
    for (let a = 0; a < count; a++) {
      const anchor = covered[Math.floor(((a + 0.5) * covered.length) / count)];
      const { day, story } = anchor ?? moment();
      // Reports follow the news by a day or two; those of expected events come before them.
      const published =
        day > NOW ? NOW - between(rnd, 0, 20) : Math.min(NOW, day + pick(rnd, [0, 0, 0, 1, 1, 2]));
      outlet.articles.push(drawArticle(rnd, outlet, published, story, wordsPerArticle, articleIds));
    }
    outlet.articles.sort((x, y) => x.day - y.day || (x.id < y.id ? -1 : 1));
  });

  const addQuote = (event: Event, article: Article) => {
    let text = drawQuote(rnd, article);
    // A second passage of the same article, not the same one twice.
    if (event.quotes.some((q) => q.article === article && q.text === text)) {
      text = drawQuote(rnd, article);
    }
    event.quotes.push({ id: '', article, text });
    article.quoted = true;
  };
  for (const event of events) {
    for (const slot of event.plan) {
      const outlet = event.outlets[slot % event.outlets.length]!;
      const nearest = nearestArticle(outlet.articles, event.day);
      // A second quote from an outlet: another passage, or its next article on the story.
      const again = event.quotes.some((q) => q.article.outlet === outlet);
      const index =
        again && chance(0.5) ? Math.min(nearest + 1, outlet.articles.length - 1) : nearest;
      addQuote(event, outlet.articles[index]!);
    }
  }

  // Every article is quoted somewhere (the compiler warns of one that is not): by an event
  // near its date that has room for it.
  const byDay = events.map((_, i) => i).sort((a, b) => events[a]!.day - events[b]!.day || a - b);
  const maxOutlets = Math.min(MAX_OUTLETS_PER_EVENT, publishing.length);
  const hasRoom = (event: Event, outlet: Outlet) => {
    const has = event.outlets.includes(outlet);
    if (options.quotesPerEvent) {
      return (
        event.quotes.length < options.quotesPerEvent[1] &&
        (has || event.outlets.length < maxOutlets)
      );
    }
    return has ? event.quotes.length < event.outlets.length + 2 : event.outlets.length < maxOutlets;
  };
  const days = byDay.map((i) => events[i]!.day);
  for (const outlet of outlets) {
    for (const article of outlet.articles) {
      if (article.quoted) continue;
      const at = lowerBound(days, article.day);
      for (let step = 0; step < 2 * byDay.length; step++) {
        const i = at + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
        const event = events[byDay[i]!];
        if (!event || !hasRoom(event, outlet)) continue;
        if (!event.outlets.includes(outlet)) event.outlets.push(outlet);
        addQuote(event, article);
        break;
      }
    }
  }

  const eventIds = new Map<string, number>();
  const eventFiles = events.map((event) => renderEvent(rnd, event, eventIds));
  // Sorted by path, as the loader gives them.
  const byPath = (a: SourceFile, b: SourceFile) => (a.path < b.path ? -1 : 1);
  return {
    outlets: { path: 'data/outlets.yaml', text: renderOutlets(outlets) },
    themes: { path: 'data/themes.yaml', text: renderThemes() },
    eras: { path: 'data/eras.yaml', text: renderEras(rnd) },
    articles: outlets.flatMap((o) => o.articles.map((a) => a.file)).sort(byPath),
    events: eventFiles.sort(byPath),
  };
}

// ---- when news happens ---------------------------------------------------

/** Draws the day (and story) of an event or article: in a burst mostly, else any day. */
function momentDrawer(rnd: Draw): () => { day: number; story: Story } {
  const bursts = Array.from({ length: between(rnd, 28, 40) }, () => {
    const length = Math.round(Math.exp(Math.log(3) + rnd() * Math.log(42 / 3)));
    // Intensities spread over more than an order of magnitude, as news does.
    const weight = Math.exp(1.5 * gaussian(rnd));
    return { start: between(rnd, FIRST_DAY, NOW - length), length, weight, story: drawStory(rnd) };
  });
  const cumulative = cumulate(bursts.map((b) => b.weight));
  return () => {
    if (rnd() < BACKGROUND) return { day: between(rnd, FIRST_DAY, NOW), story: drawStory(rnd) };
    const burst = bursts[upperBound(cumulative, rnd() * cumulative.at(-1)!)]!;
    // Most of a burst's news comes at its start, then it tails off.
    const offset = Math.floor((-Math.log(1 - rnd()) * burst.length) / 3);
    // A story moves about: the same topic, often somewhere else.
    const story = rnd() < 0.6 ? burst.story : { ...burst.story, place: drawStory(rnd).place };
    return { day: burst.start + Math.min(offset, burst.length - 1), story };
  };
}

function gaussian(rnd: Draw): number {
  return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}

// ---- outlets and articles ------------------------------------------------

function drawOutlets(rnd: Draw, count: number): Outlet[] {
  const outlets = drawOutletNames(rnd, count).map((name, i): Outlet => ({
    id: slug(name),
    name,
    country: pick(rnd, COUNTRIES),
    colour: colourOf(i),
    weight: 0,
    articles: [],
  }));
  // A few outlets publish most, as a Zipf law has it.
  shuffle(
    rnd,
    outlets.map((_, i) => i),
  ).forEach((o, rank) => {
    outlets[o]!.weight = 1 / (rank + 1) ** 0.9;
  });
  return outlets;
}

/** Distinct, well-spread colours: the golden angle round the hue circle. */
function colourOf(i: number): string {
  const hue = (i * 137.508) % 360;
  const [s, l] = [0.65, 0.45 + 0.1 * (i % 3)];
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    const c = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`.toUpperCase();
}

/** `total` split in proportion to `weights` (largest remainder), at least one each while it lasts. */
function allot(total: number, weights: readonly number[]): number[] {
  const base = Math.min(1, Math.floor(total / weights.length));
  const rest = total - base * weights.length;
  const sum = weights.reduce((n, w) => n + w, 0) || 1;
  const shares = weights.map((w) => (rest * w) / sum);
  const counts = shares.map((s) => base + Math.floor(s));
  let left = total - counts.reduce((n, c) => n + c, 0);
  const byRemainder = shares
    .map((s, i) => ({ i, r: s - Math.floor(s) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) counts[byRemainder[k % byRemainder.length]!.i]!++;
  return counts;
}

function drawArticle(
  rnd: Draw,
  outlet: Outlet,
  day: number,
  story: Story,
  words: number,
  ids: Map<string, number>,
): Article {
  const iso = isoOf(day);
  const [year, month] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  const roll = rnd();
  const [date, precision] =
    roll < 0.9
      ? [iso, 'day']
      : roll < 0.98
        ? [iso.slice(0, 7), 'month']
        : [iso.slice(0, 4), 'year'];
  const id = unique(ids, `${outlet.id}-${date}-${slug(story.topic.short)}`);
  const { headline, headlineSource } = drawHeadline(rnd, story, { year, month });

  const paragraphs: string[][] = [];
  const written = new Set<string>();
  for (let count = 0; count < words;) {
    const paragraph = Array.from({ length: between(rnd, 2, 5) }, () => {
      // Real sentences rarely repeat; a few tries make it so here too.
      let sentence = drawSentence(rnd, story, year);
      for (let i = 0; i < 5 && written.has(sentence); i++)
        sentence = drawSentence(rnd, story, year);
      written.add(sentence);
      count += sentence.split(' ').length;
      return sentence;
    });
    paragraphs.push(paragraph);
  }
  const notes =
    precision === 'day'
      ? null
      : precision === 'month'
        ? 'The day of publication is not stated.'
        : 'The month and day of publication are not stated.';
  const text = [
    '---',
    `id: ${id}`,
    `outlet: ${outlet.id}`,
    `headline: ${JSON.stringify(headline)}`,
    `headlineSource: ${headlineSource}`,
    'published:',
    `  date: "${date}"`,
    `  precision: ${precision}`,
    rnd() < 0.9
      ? `url: "https://${outlet.id}.example/${iso.replaceAll('-', '/')}/${id}"`
      : 'url: null',
    'seed: null',
    `notes: ${notes === null ? 'null' : JSON.stringify(notes)}`,
    'removed: []',
    '---',
    paragraphs.map((p) => p.join(' ')).join('\n\n'),
    '',
  ].join('\n');
  return {
    id,
    outlet,
    day,
    paragraphs,
    file: { path: `data/articles/${outlet.id}/${id}.md`, text },
    quoted: false,
  };
}

/** Index of `articles`' (sorted by day) one to quote for an event on `day`: the first report after it, else the closest. */
function nearestArticle(articles: readonly Article[], day: number): number {
  let lo = 0;
  let hi = articles.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (articles[mid]!.day < day) lo = mid + 1;
    else hi = mid;
  }
  const after = articles[lo];
  const before = articles[lo - 1];
  if (after && (after.day - day <= 21 || !before)) return lo;
  if (!after) return lo - 1;
  return after.day - day < day - before!.day ? lo : lo - 1;
}

const QUOTE_MIN = 80;
const QUOTE_MAX = 400;
const straighten = (text: string) =>
  text.replace(/[\u201C\u201D]/g, '"').replace(/[\u2018\u2019]/g, "'");

/** One to three consecutive sentences of a paragraph, 80–400 characters, as an editor types them. */
function drawQuote(rnd: Draw, article: Article): string {
  const wanted = pick(rnd, [1, 1, 1, 1, 2, 2, 2, 3, 3]);
  for (let attempt = 0; attempt < 20; attempt++) {
    const paragraph = pick(rnd, article.paragraphs);
    const from = between(rnd, 0, paragraph.length - 1);
    let to = Math.min(from + wanted, paragraph.length);
    while (
      to < paragraph.length &&
      to - from < 3 &&
      paragraph.slice(from, to).join(' ').length < QUOTE_MIN
    )
      to++;
    const text = paragraph.slice(from, to).join(' ');
    if (text.length >= QUOTE_MIN && text.length <= QUOTE_MAX) return straighten(text);
  }
  // Rare: the first passage that fits.
  for (const paragraph of article.paragraphs) {
    for (let from = 0; from < paragraph.length; from++) {
      for (let to = from + 1; to <= Math.min(from + 3, paragraph.length); to++) {
        const text = paragraph.slice(from, to).join(' ');
        if (text.length >= QUOTE_MIN && text.length <= QUOTE_MAX) return straighten(text);
      }
    }
  }
  throw new Error(
    `synthetic article ${article.id} has no passage of ${QUOTE_MIN}–${QUOTE_MAX} characters`,
  );
}

// ---- events ---------------------------------------------------------------

/** Which of the event's outlets gives each quote: 0, 1, … in order, sometimes one twice. */
function planQuotes(rnd: Draw, range: [number, number] | undefined): number[] {
  if (range) {
    const plan: number[] = [];
    for (let q = between(rnd, ...range), outlets = 0; q > 0; q--) {
      if (outlets === 0 || (outlets < MAX_OUTLETS_PER_EVENT && rnd() < 0.85)) plan.push(outlets++);
      else plan.push(between(rnd, 0, outlets - 1));
    }
    return plan;
  }
  const outlets = 1 + upperBound(cumulate(OUTLETS_PER_EVENT), rnd() * 100);
  const plan = Array.from({ length: outlets }, (_, i) => i);
  const extras = rnd() < 0.15 ? (rnd() < 0.2 ? 2 : 1) : 0;
  for (let i = 0; i < extras; i++) plan.push(between(rnd, 0, outlets - 1));
  return plan;
}

function renderEvent(rnd: Draw, event: Event, ids: Map<string, number>): SourceFile {
  const { title, summary } = drawEventText(rnd, event.story, event.expected);
  const date = drawDate(rnd, event);
  const id = unique(ids, `${date.prefix}-${slug(title, 6)}`);
  const themes = [event.story.topic.theme as string];
  if (rnd() < 0.3) {
    const second = pick(rnd, THEMES).id;
    if (second !== themes[0]) themes.push(second);
  }

  const quoteIds = new Map<string, number>();
  for (const quote of event.quotes) {
    const words = quote.text.toLowerCase().match(/[a-z0-9]{4,}/g) ?? ['quote'];
    quote.id = unique(quoteIds, `${quote.article.outlet.id}-${words.slice(0, 2).join('-')}`);
  }

  const lines = [
    `id: ${id}`,
    `title: ${scalar(title)}`,
    'summary: >-',
    ...wrap(summary, '  '),
    'date:',
    `  start: "${date.start}"`,
    ...(date.end ? [`  end: "${date.end}"`] : []),
    `  precision: ${date.precision}`,
    ...(date.label ? [`  label: ${scalar(date.label)}`] : []),
    ...(date.note ? ['dateNote: >-', ...wrap(date.note, '  ')] : []),
    ...(event.expected ? ['status: expected'] : []),
    `themes: [${themes.join(', ')}]`,
    'quotes:',
    ...event.quotes.flatMap((q) => [
      `  - id: ${q.id}`,
      `    article: ${q.article.id}`,
      '    text: >-',
      `      ${q.text}`,
    ]),
  ];
  if (event.quotes.length >= 2 && rnd() < DIFFERENCE_SHARE) {
    lines.push('differences:', ...renderDifference(rnd, event.quotes));
  }
  return {
    path: `data/events/${date.start.slice(0, 4)}/${id}.yaml`,
    text: `${lines.join('\n')}\n`,
  };
}

interface DrawnDate {
  /** The start of the event's id. */
  prefix: string;
  start: string;
  end: string | null;
  precision: 'day' | 'month' | 'year' | 'approx';
  label: string | null;
  note: string | null;
}

/** Mostly a day; some months, years, approximate spans ("mid-2024") and spans of days. */
function drawDate(rnd: Draw, event: Event): DrawnDate {
  const iso = isoOf(event.day);
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  const roll = rnd();
  const none = { end: null, label: null, note: null };
  if (roll < 0.86 || (event.expected && roll < 0.93)) {
    const last = event.expected ? LAST_DAY : NOW;
    const end = rnd() < 0.05 ? Math.min(event.day + between(rnd, 1, 6), last) : event.day;
    return {
      ...none,
      prefix: iso,
      start: iso,
      end: end > event.day ? isoOf(end) : null,
      precision: 'day',
    };
  }
  if (roll < 0.93 || event.expected) {
    const note = rnd() < 0.5 ? 'The outlets give the month; none of them gives the day.' : null;
    return { ...none, prefix: iso.slice(0, 7), start: iso.slice(0, 7), precision: 'month', note };
  }
  if (roll < 0.97) {
    const note = 'The outlets give only the year.';
    return { ...none, prefix: year, start: year, precision: 'year', note };
  }
  const [from, to, words] =
    month <= 4 ? ['01', '04', 'early'] : month <= 8 ? ['05', '08', 'mid'] : ['09', '12', 'late'];
  return {
    ...none,
    prefix: year,
    start: `${year}-${from}`,
    end: `${year}-${to}`,
    precision: 'approx',
    label: words === 'mid' ? `mid-${year}` : `${words} ${year}`,
  };
}

function renderDifference(rnd: Draw, quotes: readonly Quote[]): string[] {
  const kind = pick(rnd, DIFFERENCES);
  const shuffled = shuffle(rnd, [...quotes]);
  const positionCount = Math.min(shuffled.length, between(rnd, 2, 3));
  const groups: Quote[][] = Array.from({ length: positionCount }, (_, i) => [shuffled[i]!]);
  // The other quotes take a side, or none.
  for (const quote of shuffled.slice(positionCount)) {
    if (rnd() < 0.7) pick(rnd, groups).push(quote);
  }
  const positions = groups.map((group, i) => ({ label: kind.positions[i]!, quotes: group }));
  const names = (group: Quote[]) => {
    const list = [...new Set(group.map((q) => q.article.outlet.name))];
    return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
  };
  const note = `The outlets differ on this. ${positions
    .map((p) => `${names(p.quotes)}: ${p.label.charAt(0).toLowerCase()}${p.label.slice(1)}.`)
    .join(' ')}`;
  return [
    `  - label: ${scalar(kind.label)}`,
    '    note: >-',
    ...wrap(note, '      '),
    '    positions:',
    ...positions.flatMap((p) => [
      `      - label: ${scalar(p.label)}`,
      `        quotes: [${p.quotes.map((q) => q.id).join(', ')}]`,
    ]),
  ];
}

// ---- the lists ------------------------------------------------------------

function renderOutlets(outlets: readonly Outlet[]): string {
  return [
    '# Synthetic news outlets.',
    ...outlets.flatMap((o) => [
      `- id: ${o.id}`,
      `  name: ${scalar(o.name)}`,
      `  country: ${o.country ?? 'null'}`,
      `  colour: '${o.colour}'`,
    ]),
    '',
  ].join('\n');
}

function renderThemes(): string {
  return [
    '# Event themes.',
    ...THEMES.flatMap((t) => [`- id: ${t.id}`, `  label: ${t.label}`, `  colour: '${t.colour}'`]),
    '',
  ].join('\n');
}

/** Four or five periods covering 2018–2026 end to end. */
function renderEras(rnd: Draw): string {
  const count = between(rnd, 4, ERA_LABELS.length);
  const bounds = new Set<number>();
  while (bounds.size < count - 1) bounds.add(between(rnd, FIRST_DAY + 180, LAST_DAY - 180));
  const ends = [...[...bounds].sort((a, b) => a - b), LAST_DAY];
  return [
    '# Background periods shaded on the timeline.',
    ...ends.flatMap((end, i) => {
      const [label, description] = ERA_LABELS[i]!;
      return [
        `- id: ${slug(label)}`,
        `  label: ${scalar(label)}`,
        `  start: '${isoOf(i === 0 ? FIRST_DAY : ends[i - 1]! + 1)}'`,
        `  end: '${isoOf(end)}'`,
        `  description: ${scalar(description)}`,
      ];
    }),
    '',
  ].join('\n');
}

// ---- small helpers ----------------------------------------------------------

const STOP_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'its', 'of', 'on', 's', 'the', 'to']);

/** Kebab-case of the first `words` words of `text` that say something. */
function slug(text: string, words = Infinity): string {
  const all = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const telling = all.filter((w) => !STOP_WORDS.has(w));
  return (telling.length > 0 ? telling : ['x']).slice(0, words).join('-');
}

/** `id`, or `id-2`, `id-3`, … if taken; remembered as taken (with the next number to try). */
function unique(taken: Map<string, number>, id: string): string {
  let n = taken.get(id);
  if (n === undefined) {
    taken.set(id, 2);
    return id;
  }
  let candidate = `${id}-${n}`;
  while (taken.has(candidate)) candidate = `${id}-${++n}`;
  taken.set(id, n + 1);
  taken.set(candidate, 2);
  return candidate;
}

/** A plain YAML scalar where that is safe, else a double-quoted one. */
function scalar(text: string): string {
  return /^[A-Za-z][^:#"\n]*[A-Za-z0-9.)]$/.test(text) ? text : JSON.stringify(text);
}

/** `text` as the lines of a folded block scalar, under 100 columns. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > 100) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(indent + line);
  return lines;
}

function cumulate(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/** First index whose cumulative weight exceeds `x`. */
function upperBound(cumulative: readonly number[], x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
