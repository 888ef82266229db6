/**
 * What goes on each slide of the PowerPoint deck, decided before any slide is drawn: a title
 * slide, one or more slides per event, and the sources. An event whose quotes do not fit at a
 * readable size continues on "(continued)" slides; type is never shrunk to make it fit.
 * Pure, so the splitting is tested without PowerPoint.
 */
import type { Briefing, BriefingEvent } from '../briefing/briefing.ts';
import type { Article, Outlet } from '../dataset/schema.ts';
import { citeHeadline, formatArticleDate } from '../lib/citation.ts';
import { toWebUrl, webUrlHost } from '../lib/web-url.ts';
import { formatYearRange } from '../lib/format-date.ts';
import { describeEventDate, describeGeneratedOn } from './export-text.ts';

/** 16:9, in inches (PowerPoint's "Widescreen"). */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.6 } as const;
export const CONTENT_WIDTH = SLIDE.width - 2 * SLIDE.margin;
/** Where the body must end, leaving room for the slide number. */
export const BODY_BOTTOM = SLIDE.height - 0.6;

/** Type sizes in points: large enough to read from the back of a room. */
export const TYPE = {
  dateLine: 16,
  title: 28,
  dateNote: 14,
  summary: 16,
  outlet: 14,
  quote: 20,
  source: 12,
  sourcesEntry: 14,
} as const;
export const LINE_SPACING = 1.2;
/** Space before each quote (and each source entry), in points. */
export const BLOCK_GAP = 12;

export interface TitleSlidePlan {
  kind: 'title';
  title: string;
  range: string;
  scope: string;
  generated: string;
  counts: string;
}

export interface SlideSource {
  outlet: string;
  /** '"Headline", 9 Feb 2026'. */
  citation: string;
  /** http(s) only; null when unknown. */
  url: string | null;
  /** "ndtv.com": what a quote's source line shows, linked to `url`; the Sources slide gives `url`. */
  host: string | null;
}

export interface SlideQuote {
  quoteId: string;
  outlet: string;
  text: string;
  source: SlideSource;
}

export interface EventSlidePlan {
  kind: 'event';
  eventId: string;
  dateLine: string;
  /** The event's title, with " (continued)" after the first slide. */
  title: string;
  continued: boolean;
  /** Date note and summary, on the first slide of the event only. */
  intro: { dateNote: string | null; summary: string } | null;
  quotes: SlideQuote[];
  /** Speaker notes: the pack's note, on the event's first slide. */
  notes: string;
  /** Top of the body (inches), below the title however many lines it takes. */
  bodyTop: number;
}

export interface SourcesSlidePlan {
  kind: 'sources';
  title: string;
  continued: boolean;
  sources: SlideSource[];
  bodyTop: number;
}

export type SlidePlan = TitleSlidePlan | EventSlidePlan | SourcesSlidePlan;

export function planDeck(briefing: Briefing, generatedAt: Date): SlidePlan[] {
  const quoteCount = briefing.events.reduce((n, e) => n + e.quotes.length, 0);
  const titleSlide: TitleSlidePlan = {
    kind: 'title',
    title: briefing.title,
    range: formatYearRange(briefing.range),
    scope: briefing.scopeDescription,
    generated: describeGeneratedOn(generatedAt),
    counts: `${plural(briefing.events.length, 'event')}, ${plural(quoteCount, 'quote')}`,
  };
  return [titleSlide, ...briefing.events.flatMap(planEventSlides), ...planSourcesSlides(briefing)];
}

export function planEventSlides(item: BriefingEvent): EventSlidePlan[] {
  const { event, note } = item;
  const intro = { dateNote: event.dateNote, summary: event.summary };
  const quotes: SlideQuote[] = item.quotes.map(({ quote, outlet, article }) => ({
    quoteId: quote.id,
    outlet: outlet.name,
    text: quote.text,
    source: toSlideSource(outlet, article),
  }));
  const topFor = (title: string) => bodyTopBelow(title, TYPE.title);
  const firstTop = topFor(event.title) + introHeight(intro) / 72;
  const laterTitle = `${event.title} (continued)`;
  const pages = fillPages(
    quotes,
    quoteHeight,
    (BODY_BOTTOM - firstTop) * 72,
    (BODY_BOTTOM - topFor(laterTitle)) * 72,
  );
  return pages.map((pageQuotes, i) => ({
    kind: 'event',
    eventId: event.id,
    dateLine: describeEventDate(event),
    title: i === 0 ? event.title : laterTitle,
    continued: i > 0,
    intro: i === 0 ? intro : null,
    quotes: pageQuotes,
    notes: i === 0 ? note.trim() : '',
    bodyTop: topFor(i === 0 ? event.title : laterTitle),
  }));
}

/** Every article the briefing cites, once, in the order first cited. */
export function planSourcesSlides(briefing: Briefing): SourcesSlidePlan[] {
  const seen = new Map<string, SlideSource>();
  for (const { quotes } of briefing.events) {
    for (const { outlet, article } of quotes) {
      if (!seen.has(article.id)) seen.set(article.id, toSlideSource(outlet, article));
    }
  }
  const bodyTop = bodyTopBelow('Sources (continued)', TYPE.title);
  const capacity = (BODY_BOTTOM - bodyTop) * 72;
  return fillPages([...seen.values()], sourceEntryHeight, capacity, capacity).map((sources, i) => ({
    kind: 'sources',
    title: i === 0 ? 'Sources' : 'Sources (continued)',
    continued: i > 0,
    sources,
    bodyTop,
  }));
}

function toSlideSource(
  outlet: Pick<Outlet, 'name'>,
  article: Pick<Article, 'headline' | 'headlineSource' | 'published' | 'url'>,
): SlideSource {
  return {
    outlet: outlet.name,
    citation: `${citeHeadline(article)}, ${formatArticleDate(article.published)}`,
    url: toWebUrl(article.url),
    host: toWebUrl(article.url) ? webUrlHost(article.url!) : null,
  };
}

/**
 * Greedily fills pages in order: `firstCapacity` points on the first page, `capacity` on the
 * rest. Always at least one page; an item taller than a page gets a page to itself.
 */
export function fillPages<T>(
  items: readonly T[],
  height: (item: T) => number,
  firstCapacity: number,
  capacity: number,
): T[][] {
  const pages: T[][] = [[]];
  let room = firstCapacity;
  for (const item of items) {
    const h = height(item);
    const page = pages.at(-1)!;
    if (h > room && page.length > 0) {
      pages.push([item]);
      room = capacity - h;
    } else {
      page.push(item);
      room -= h;
    }
  }
  return pages;
}

/** Height in points of one quote block: outlet, quote, source line. */
export function quoteHeight(quote: SlideQuote): number {
  return (
    BLOCK_GAP +
    textHeight(quote.outlet, TYPE.outlet) +
    textHeight(`“${quote.text}”`, TYPE.quote) +
    textHeight(sourceLine(quote.source, 'host'), TYPE.source)
  );
}

function sourceEntryHeight(source: SlideSource): number {
  return (
    BLOCK_GAP + textHeight(`${source.outlet} — ${sourceLine(source, 'url')}`, TYPE.sourcesEntry)
  );
}

function introHeight(intro: { dateNote: string | null; summary: string }): number {
  return (
    (intro.dateNote ? textHeight(intro.dateNote, TYPE.dateNote) + BLOCK_GAP / 2 : 0) +
    textHeight(intro.summary, TYPE.summary) +
    BLOCK_GAP
  );
}

/**
 * '"Headline", 9 Feb 2026 · ndtv.com' under a quote (the host linked to the article, so the
 * line stays short on a projector), or with the full address on the Sources slide.
 */
export function sourceLine(source: SlideSource, address: 'host' | 'url'): string {
  return `${source.citation} · ${source[address] ?? 'source URL unknown'}`;
}

/** Top of the body in inches, under the date line and a title of `title`. */
function bodyTopBelow(title: string, size: number): number {
  return SLIDE.margin + (textHeight('x', TYPE.dateLine) + textHeight(title, size) + 10) / 72;
}

/** Points a paragraph takes at `size` across the content width. */
export function textHeight(text: string, size: number): number {
  return countLines(text, charsPerLine(size)) * size * LINE_SPACING;
}

/**
 * Characters per line at `size`, from a slightly wide average glyph (0.52 em; Arial's
 * mixed-case prose averages under 0.5 em), so estimates err towards another slide, not overflow.
 */
export function charsPerLine(size: number, widthInches: number = CONTENT_WIDTH): number {
  return Math.floor((widthInches * 72) / (size * 0.52));
}

/** Lines `text` wraps to at `width` characters, breaking between words as PowerPoint does. */
export function countLines(text: string, width: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (used === 0) used = length;
      else if (used + 1 + length <= width) used += 1 + length;
      else {
        lines += 1;
        used = length;
      }
      // A word longer than a line (a URL) breaks inside itself.
      while (used > width) {
        lines += 1;
        used -= width;
      }
    }
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
