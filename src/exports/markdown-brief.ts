/**
 * The briefing as a Markdown document. Every piece of data text goes through
 * `escapeMarkdown`, so a title or quote can add no markup of its own; the words stay verbatim.
 */
import type { Briefing, BriefingEvent, BriefingQuote } from '../briefing/briefing.ts';
import { citeHeadline, formatArticleDate } from '../lib/citation.ts';
import { toWebUrl } from '../lib/web-url.ts';
import { formatYearRange } from '../lib/format-date.ts';
import { COVERAGE_KEY, type CoverageTable } from './coverage-table.ts';
import { describeEventDate, describeGeneratedOn } from './export-text.ts';

/** `coverage`, when given, is added as an appendix after the events. */
export function buildMarkdownBrief(
  briefing: Briefing,
  generatedAt: Date,
  coverage: CoverageTable | null = null,
): string {
  const blocks = [
    `# ${inline(briefing.title)}`,
    [
      `**Period:** ${formatYearRange(briefing.range)}  `,
      `**Scope:** ${inline(briefing.scopeDescription)}  `,
      `**${describeGeneratedOn(generatedAt)}** · ${countEvents(briefing)}`,
    ].join('\n'),
    ...briefing.events.flatMap(eventBlocks),
    ...(coverage ? coverageAppendix(coverage) : []),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function countEvents(briefing: Briefing): string {
  const events = briefing.events.length;
  const quotes = briefing.events.reduce((n, e) => n + e.quotes.length, 0);
  return `${events} ${events === 1 ? 'event' : 'events'}, ${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`;
}

function eventBlocks({ event, quotes, note }: BriefingEvent): string[] {
  return [
    `## ${inline(describeEventDate(event))} — ${inline(event.title)}`,
    ...(event.dateNote ? [`*Date note:* ${paragraph(event.dateNote)}`] : []),
    paragraph(event.summary),
    ...(note.trim() ? [`**Speaker note:** ${paragraph(note.trim())}`] : []),
    ...(quotes.length ? quotes.map(quoteBlock) : ['*No quotes from the outlets shown.*']),
  ];
}

/** The matrix as a GitHub-flavoured Markdown table, after a heading and its key. */
function coverageAppendix(table: CoverageTable): string[] {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const textRow = (cells: readonly string[]) => row(cells.map((c) => inline(c) || ' '));
  const header = ['Date', 'Event', ...table.outlets, 'Outlets reporting'];
  return [
    '## Appendix: coverage',
    inline(COVERAGE_KEY),
    [
      textRow(header),
      // Markup of our own: the alignment row (text left, counts right).
      row(header.map((_, i) => (i < 2 ? '---' : '---:'))),
      ...table.rows.map((r) => textRow([r.date, r.title, ...r.cells, String(r.reporting)])),
      textRow(['', 'Events reported', ...table.columnTotals.map(String), '']),
    ].join('\n'),
  ];
}

/** The quote as a blockquote, then its citation inside the same blockquote. */
function quoteBlock({ quote, outlet, article }: BriefingQuote): string {
  const url = toWebUrl(article.url);
  const source = [
    `**${inline(outlet.name)}**`,
    inline(citeHeadline(article)),
    inline(formatArticleDate(article.published)),
    url ? markdownLink(url) : 'source URL unknown',
  ].join(', ');
  return [...paragraph(quote.text).split('\n'), '', `— ${source}`]
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/**
 * `<https://…>`, an autolink, which shows the address as itself; an address with a space or
 * angle bracket cannot be one, so it becomes `[address](<address>)` instead.
 */
function markdownLink(url: string): string {
  if (/^[^\s<>]+$/.test(url)) return `<${url}>`;
  return `[${escapeMarkdown(url)}](<${url.replace(/[<>\\]/g, (c) => `\\${c}`)}>)`;
}

/** Text that must stay on one line (a heading, a list of facts). */
function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** Text that may run over lines: each line escaped, kept as a line break. */
function paragraph(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeMarkdown(line.trim()))
    .filter(Boolean)
    .join('  \n');
}

/**
 * Backslash-escapes what Markdown would read as markup: emphasis, code, links, HTML,
 * entities, tables and strikethrough anywhere, and headings, lists, quotes and rules where
 * they would start a line. A backslash before ASCII punctuation is the CommonMark escape, so
 * renderers show the text exactly as written.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+\-=>])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
