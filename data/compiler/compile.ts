/**
 * The compiler's core: source files in, a proven dataset (or every problem) out.
 * Pure: no file system, no clock; the same sources always give the same result.
 */
import type { z } from 'zod';
import {
  DATASET_RANGE,
  DATASET_SCHEMA_VERSION,
  idSchema,
  type Article,
  type Difference,
  type Era,
  type Outlet,
  type Quote,
  type Theme,
} from '../../src/dataset/schema.ts';
import type { CompiledDataset, CompiledEvent } from '../../src/dataset/split-dataset.ts';
import { parsePartialDate, resolveEventDate } from './dates.ts';
import {
  closestPassage,
  createQuoteFinder,
  enclosingParagraph,
  type QuoteLocation,
} from './find-quote.ts';
import { splitFrontMatter } from './front-matter.ts';
import { problem, compareProblems, shown, type Problem } from './problems.ts';
import { utf8Length } from '../../src/lib/utf8-length.ts';
import { SOURCE_LIMITS, sizeProblem } from './source-text.ts';

const SOURCE_LIMIT_FLOOR = Math.min(...Object.values(SOURCE_LIMITS));
import {
  articleFrontMatterSchema,
  sourceEraSchema,
  sourceEventSchema,
  sourceOutletSchema,
  sourceThemeSchema,
  type ArticleFrontMatter,
  type SourceEvent,
} from './source-schema.ts';
import { quickSourceEvent } from './quick-source-event.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface SourceFile {
  /** Path relative to the project root, with `/` separators. */
  path: string;
  text: string;
  /** Set by the loader when it could not take the file as it is (too large, not UTF-8, unreadable); `text` is then empty. */
  unreadable?: { line: number; message: string };
}

export interface Sources {
  outlets: SourceFile | null;
  themes: SourceFile | null;
  eras: SourceFile | null;
  articles: readonly SourceFile[];
  events: readonly SourceFile[];
}

export interface CompileResult {
  /** Null when any error was found. */
  dataset: CompiledDataset | null;
  /** Errors and warnings, sorted by file and line. */
  problems: Problem[];
}

/** A record read from a file, with what is needed to point back at it. */
interface Located<T> {
  value: T;
  file: string;
  yaml: YamlSource;
  /** Path of the record inside its YAML document. */
  at: PropertyKey[];
  /** What the record is, for messages: `outlet`, `article`, `event`, … */
  kind: string;
}

interface LoadedArticle extends Located<ArticleFrontMatter> {
  body: string;
}

export function compile(sources: Sources): CompileResult {
  const problems: Problem[] = [];
  const report = createReport(problems);

  const outlets = readList(
    sources.outlets,
    'data/outlets.yaml',
    sourceOutletSchema,
    'outlet',
    report,
  );
  const themes = readList(sources.themes, 'data/themes.yaml', sourceThemeSchema, 'theme', report);
  const eras = readList(sources.eras, 'data/eras.yaml', sourceEraSchema, 'era', report);
  const articles = sources.articles.flatMap((file) => readArticle(file, report));
  const events = sources.events.flatMap((file) => readEvents(file, report));

  for (const records of [outlets, themes, eras, articles, events]) {
    reportDuplicateIds(records, report);
  }

  const outletIds = new Set(outlets.map((o) => o.value.id));
  const themeIds = report.declared.get('theme') ?? new Set<string>();
  const isTheme = (id: string) => isDeclared(report, 'theme', id);
  const articlesById = new Map(articles.map((a) => [a.value.id, a]));
  const articleIds: ReadonlySet<string> = new Set(articlesById.keys());
  const suggest = createSuggest();

  for (const article of articles) {
    if (!isDeclared(report, 'outlet', article.value.outlet)) {
      report(
        at(
          article,
          ['outlet'],
          `unknown outlet "${article.value.outlet}"${suggest(article.value.outlet, outletIds)}`,
        ),
      );
    }
  }
  for (const article of articles) {
    const { date, precision } = article.value.published;
    const parsed = parsePartialDate(date);
    if (!parsed.ok) report(at(article, ['published', 'date'], parsed.message));
    else if (parsed.value.kind !== precision) {
      report(
        at(
          article,
          ['published', 'date'],
          `precision is ${precision} but the date "${date}" is a ${parsed.value.kind}`,
        ),
      );
    }
  }
  for (const era of eras) {
    const start = parsePartialDate(era.value.start);
    const end = parsePartialDate(era.value.end);
    if (!start.ok) report(at(era, ['start'], start.message));
    if (!end.ok) report(at(era, ['end'], end.message));
    if (start.ok && end.ok && era.value.end < era.value.start) {
      report(at(era, ['end'], `end ${era.value.end} is before start ${era.value.start}`));
    }
  }

  const finders = new Map<string, (quote: string) => QuoteLocation>();
  const finderFor = (article: LoadedArticle) => {
    let finder = finders.get(article.value.id);
    if (!finder) {
      finder = createQuoteFinder(article.body);
      finders.set(article.value.id, finder);
    }
    return finder;
  };

  const closest = createClosestPassage();
  const quotedArticles = new Set<string>();
  const compiledEvents: CompiledEvent[] = [];
  for (const event of events) {
    const compiled = compileEvent(event, {
      themeIds,
      isTheme,
      articlesById,
      isDeclaredArticle: (id) => isDeclared(report, 'article', id),
      articleIds,
      finderFor,
      suggest,
      closest,
      report,
    });
    compiled?.quotes.forEach((q) => quotedArticles.add(q.articleId));
    if (compiled) compiledEvents.push(compiled);
  }

  for (const article of articles) {
    if (!quotedArticles.has(article.value.id) && articlesById.get(article.value.id) === article) {
      report({
        ...at(article, ['id'], 'article is never quoted by any event'),
        severity: 'warning',
      });
    }
  }

  problems.sort(compareProblems);
  if (problems.some((p) => p.severity === 'error')) return { dataset: null, problems };

  const dataset = assemble({
    outlets: outlets.map((o) => o.value),
    themes: themes.map((t) => ({ id: t.value.id, label: t.value.label, colour: t.value.colour })),
    eras: eras.map((e) => e.value),
    articles,
    events: compiledEvents,
  });
  return { dataset, problems };
}

interface EventContext {
  themeIds: ReadonlySet<string>;
  isTheme: (id: string) => boolean;
  articlesById: ReadonlyMap<string, LoadedArticle>;
  isDeclaredArticle: (id: string) => boolean;
  articleIds: ReadonlySet<string>;
  finderFor: (article: LoadedArticle) => (quote: string) => QuoteLocation;
  suggest: Suggest;
  closest: (body: string, quote: string) => string;
  report: (p: Problem) => void;
}

function compileEvent(event: Located<SourceEvent>, ctx: EventContext): CompiledEvent | null {
  const source = event.value;
  let failed = false;
  const fail = (path: PropertyKey[], message: string, detail: string | null = null) => {
    failed = true;
    ctx.report({ ...at(event, path, message), detail });
  };

  const date = resolveEventDate(source.date);
  if (!date.ok) date.issues.forEach((issue) => fail(['date', issue.field], issue.message));

  source.themes.forEach((theme, i) => {
    if (!ctx.isTheme(theme))
      fail(['themes', i], `unknown theme "${theme}"${ctx.suggest(theme, ctx.themeIds)}`);
  });

  if (source.quotes.length === 0) {
    fail(
      ['quotes'],
      'event has no quotes: every event needs at least one verbatim quote from an article',
    );
  }
  const quoteIds = new Set<string>();
  const quotes: Quote[] = [];
  source.quotes.forEach((quote, i) => {
    if (quoteIds.has(quote.id)) fail(['quotes', i, 'id'], `duplicate quote id "${quote.id}"`);
    quoteIds.add(quote.id);
    const article = ctx.articlesById.get(quote.article);
    if (!article && ctx.isDeclaredArticle(quote.article)) {
      failed = true; // the article's own problems are reported on its file
      return;
    }
    if (!article) {
      fail(
        ['quotes', i, 'article'],
        `unknown article "${quote.article}"${ctx.suggest(quote.article, ctx.articleIds)}`,
      );
      return;
    }
    const location = ctx.finderFor(article)(quote.text);
    if (!location.found) {
      fail(
        ['quotes', i, 'text'],
        location.reason === 'mid-word'
          ? `quote "${quote.id}" starts or ends in the middle of a word of article "${article.value.id}"`
          : `quote "${quote.id}" is not found verbatim in article "${article.value.id}" (${article.file})`,
        location.reason === 'mid-word' && location.span
          ? `closest passage: "${article.body.slice(location.span.start, location.span.end).replace(/\s+/g, ' ')}"`
          : ctx.closest(article.body, quote.text),
      );
      return;
    }
    const { span } = location;
    quotes.push({
      id: quote.id,
      articleId: article.value.id,
      outletId: article.value.outlet,
      text: article.body.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      context: enclosingParagraph(article.body, span),
    });
  });

  const differences: Difference[] = source.differences.map((difference, i) => ({
    label: difference.label,
    note: difference.note,
    positions: difference.positions.map((position, j) => {
      position.quotes.forEach((id, k) => {
        if (!quoteIds.has(id)) {
          fail(
            ['differences', i, 'positions', j, 'quotes', k],
            `difference ${shown(difference.label)} names quote "${id}", which this event does not have`,
          );
        }
      });
      return { label: position.label, quoteIds: position.quotes };
    }),
  }));

  if (failed || !date.ok) return null;
  return {
    id: source.id,
    title: source.title,
    summary: source.summary,
    date: date.date,
    dateNote: source.dateNote ?? null,
    status: source.status,
    themes: source.themes,
    outletIds: [...new Set(quotes.map((q) => q.outletId))].sort(),
    quotes,
    differences,
    file: event.file,
  };
}

function assemble(parts: {
  outlets: { id: string; name: string; country: string | null; colour: string }[];
  themes: Theme[];
  eras: Era[];
  articles: LoadedArticle[];
  events: CompiledEvent[];
}): CompiledDataset {
  const events = [...parts.events].sort(
    (a, b) => cmp(a.date.start, b.date.start) || cmp(a.date.end, b.date.end) || cmp(a.id, b.id),
  );
  const articles: Article[] = parts.articles
    .map(({ value, file, body }) => ({
      id: value.id,
      outletId: value.outlet,
      headline: value.headline,
      headlineSource: value.headlineSource,
      published: value.published,
      url: value.url,
      notes: value.notes,
      removed: value.removed,
      file,
      bodyLength: body.length,
    }))
    .sort((a, b) => cmp(a.published.date, b.published.date) || cmp(a.id, b.id));
  // One pass over articles, events and quotes, not one per outlet.
  const count = () => new Map(parts.outlets.map((o) => [o.id, 0]));
  const articleCount = count();
  const eventCount = count();
  const quoteCount = count();
  const bump = (counts: Map<string, number>, id: string) => {
    const n = counts.get(id);
    if (n !== undefined) counts.set(id, n + 1);
  };
  for (const article of articles) bump(articleCount, article.outletId);
  for (const event of events) {
    for (const id of event.outletIds) bump(eventCount, id);
    for (const quote of event.quotes) bump(quoteCount, quote.outletId);
  }
  const outlets: Outlet[] = parts.outlets.map((outlet) => ({
    id: outlet.id,
    name: outlet.name,
    country: outlet.country,
    colour: outlet.colour,
    articleCount: articleCount.get(outlet.id)!,
    eventCount: eventCount.get(outlet.id)!,
    quoteCount: quoteCount.get(outlet.id)!,
  }));
  const eras = [...parts.eras].sort((a, b) => cmp(a.start, b.start) || cmp(a.id, b.id));
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    range: { ...DATASET_RANGE },
    outlets,
    themes: parts.themes,
    articles,
    eras,
    events,
  };
}

// ---- reading files -------------------------------------------------------

interface Report {
  (p: Problem): void;
  /** Ids of every record a file declares, valid or not, so that one bad record is not reported again as "unknown" wherever it is referred to. */
  declared: Map<string, Set<string>>;
  /** Kinds whose list file could not be read at all: references to them cannot be checked, and are not reported as unknown. */
  unlisted: Set<string>;
}

function createReport(problems: Problem[]): Report {
  return Object.assign((p: Problem) => void problems.push(p), {
    declared: new Map<string, Set<string>>(),
    unlisted: new Set<string>(),
  });
}

function isDeclared(report: Report, kind: string, id: string): boolean {
  return report.unlisted.has(kind) || (report.declared.get(kind)?.has(id) ?? false);
}

/** The file's text, or null (reported) when the loader could not read it or it is too large. */
function textOf(file: SourceFile, report: Report): string | null {
  if (file.unreadable) {
    report(
      problem({ file: file.path, line: file.unreadable.line, message: file.unreadable.message }),
    );
    return null;
  }
  // Most files are far below the limit in characters alone; only count bytes near it.
  const tooLarge =
    file.text.length * 3 < SOURCE_LIMIT_FLOOR
      ? null
      : sizeProblem(file.path, utf8Length(file.text));
  if (tooLarge) {
    report(problem({ file: file.path, line: 1, message: tooLarge }));
    return null;
  }
  return file.text;
}

function readList<S extends z.ZodType>(
  file: SourceFile | null,
  expectedPath: string,
  schema: S,
  kind: string,
  report: Report,
): Located<z.output<S>>[] {
  if (!file) {
    report.unlisted.add(kind);
    report(
      problem({
        file: expectedPath,
        message: `missing file: the ${kind}s must be listed in ${expectedPath}`,
      }),
    );
    return [];
  }
  const text = textOf(file, report);
  const parsed = text === null ? null : parseYamlSource(text, file.path);
  parsed?.problems.forEach(report);
  if (!parsed?.source) {
    report.unlisted.add(kind);
    return [];
  }
  const yaml = parsed.source;
  if (!Array.isArray(yaml.value)) {
    report.unlisted.add(kind);
    report(problem({ file: file.path, line: 1, message: `expected a YAML list of ${kind}s` }));
    return [];
  }
  return yaml.value.flatMap((item, i) =>
    validate(
      schema,
      item,
      { file: file.path, yaml, at: [i], kind },
      `${kind} ${describe(item, i)}`,
      report,
    ),
  );
}

function readArticle(file: SourceFile, report: Report): LoadedArticle[] {
  // An article whose front matter cannot be read is known by its file name, as the
  // convention has it, so that the events quoting it are not all told it is unknown.
  const unread = (): [] => {
    const ids = report.declared.get('article') ?? new Set<string>();
    ids.add(file.path.replace(/^.*\//, '').replace(/\.md$/, ''));
    report.declared.set('article', ids);
    return [];
  };
  const text = textOf(file, report);
  if (text === null) return unread();
  const split = splitFrontMatter(text);
  if ('error' in split) {
    report(problem({ file: file.path, line: split.line, message: split.error }));
    return unread();
  }
  const parsed = parseYamlSource(split.frontMatter, file.path, split.frontMatterLine);
  parsed.problems.forEach(report);
  if (!parsed.source) return unread();
  const yaml = parsed.source;
  const subject = `article ${describe(yaml.value, 0)}`;
  const [article] = validate(
    articleFrontMatterSchema,
    yaml.value,
    { file: file.path, yaml, at: [], kind: 'article' },
    subject,
    report,
  );
  if (!article) return [];
  if (split.body.length === 0) {
    report(
      problem({
        file: file.path,
        // The closing `---`.
        line: split.frontMatterLine + (split.frontMatter.match(/\n/g)?.length ?? 0),
        subject,
        message: 'article has no body text after its front matter',
      }),
    );
    return [];
  }
  return [{ ...article, body: split.body }];
}

function readEvents(file: SourceFile, report: Report): Located<SourceEvent>[] {
  const text = textOf(file, report);
  if (text === null) return [];
  const parsed = parseYamlSource(text, file.path);
  parsed.problems.forEach(report);
  if (!parsed.source) return [];
  const yaml = parsed.source;
  // A file holds one event, or a list of them.
  const items: [unknown, PropertyKey[]][] = Array.isArray(yaml.value)
    ? yaml.value.map((item, i) => [item, [i]])
    : [[yaml.value, []]];
  return items.flatMap(([item, path], i) =>
    validate(
      sourceEventSchema,
      item,
      { file: file.path, yaml, at: path, kind: 'event' },
      `event ${describe(item, i)}`,
      report,
      quickSourceEvent,
    ),
  );
}

function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: Omit<Located<unknown>, 'value'>,
  subject: string,
  report: Report,
  /** What the schema would give, when that is plain without it; null when in doubt. */
  quickly?: (value: unknown) => z.output<S> | null,
): Located<z.output<S>>[] {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : null;
  if (typeof id === 'string') {
    const ids = report.declared.get(where.kind) ?? new Set<string>();
    ids.add(id);
    report.declared.set(where.kind, ids);
  }
  const quick = quickly?.(value);
  if (quick) return [{ ...where, value: quick }];
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [{ ...where, value: result.data }];
  for (const issue of result.error.issues) {
    const path = [...where.at, ...issue.path];
    report(
      problem({
        file: where.file,
        line: where.yaml.lineOf(path),
        subject,
        message: describeIssue(issue),
      }),
    );
  }
  return [];
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? formatPath(issue.path) : null;
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return field ? `missing field "${field}"` : 'the file is empty';
  }
  if (issue.code === 'invalid_type') {
    return `${field ?? 'value'}: expected ${issue.expected}, got ${typeName(issue.input)}`;
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${field ? `${field}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  return `${field ?? 'value'}: ${issue.message}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${typeof value === 'string' ? shown(value) : String(value)}`;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describe(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' && idSchema.safeParse(id).success && id.length <= 200
    ? id
    : `#${index + 1}`;
}

function at(record: Located<{ id: string }>, path: PropertyKey[], message: string): Problem {
  return problem({
    file: record.file,
    line: record.yaml.lineOf([...record.at, ...path]),
    subject: `${record.kind} ${record.value.id}`,
    message,
  });
}

function reportDuplicateIds(records: readonly Located<{ id: string }>[], report: Report) {
  const first = new Map<string, Located<{ id: string }>>();
  for (const record of records) {
    const earlier = first.get(record.value.id);
    if (earlier) {
      const where = `${earlier.file}:${earlier.yaml.lineOf([...earlier.at, 'id']) ?? 1}`;
      report(
        at(
          record,
          ['id'],
          `duplicate ${record.kind} id "${record.value.id}" (first defined at ${where})`,
        ),
      );
    } else {
      first.set(record.value.id, record);
    }
  }
}

type Suggest = (unknown: string, known: ReadonlySet<string>) => string;

/** Edit-distance cells one run may spend on suggestions: a flood of bad references stays fast. */
const SUGGESTION_BUDGET = 20_000_000;
/** Ids longer than this get no suggestion (the edit distance is quadratic in length). */
const SUGGESTION_MAX_ID = 200;

/**
 * ` (did you mean "x"?)` when a known id is within a small edit distance. Remembers its
 * answers, and stops suggesting once its budget is spent, so thousands of unknown ids
 * against thousands of known ones cost bounded time (and the same on every run).
 */
function createSuggest(): Suggest {
  const answers = new WeakMap<ReadonlySet<string>, Map<string, string>>();
  let budget = SUGGESTION_BUDGET;
  return (unknown, known) => {
    let memo = answers.get(known);
    if (!memo) answers.set(known, (memo = new Map()));
    const answer = memo.get(unknown);
    if (answer !== undefined) return answer;
    let best: { id: string; distance: number } | null = null;
    if (unknown.length <= SUGGESTION_MAX_ID) {
      for (const id of known) {
        const limit = Math.max(2, Math.floor(id.length / 4));
        // The distance is at least the difference in length.
        if (id.length > SUGGESTION_MAX_ID || Math.abs(id.length - unknown.length) > limit) continue;
        budget -= (unknown.length + 1) * (id.length + 1);
        if (budget < 0) break;
        const distance = editDistance(unknown, id, best ? best.distance - 1 : limit);
        if (distance <= limit && (!best || distance < best.distance)) best = { id, distance };
      }
    }
    const result = best ? ` (did you mean "${best.id}"?)` : '';
    memo.set(unknown, result);
    return result;
  };
}

/** Article characters one run may scan for closest passages: many misquotes of huge articles stay fast. */
const CLOSEST_PASSAGE_BUDGET = 20_000_000;

/** The detail line for a quote not found: the article's closest passage, while the budget lasts. */
function createClosestPassage(): (body: string, quote: string) => string {
  let budget = CLOSEST_PASSAGE_BUDGET;
  return (body, quote) => {
    if (body.length > budget) {
      return 'closest passage not searched: this run has searched enough articles for misquotes';
    }
    budget -= body.length;
    const closest = closestPassage(body, quote);
    return closest === null
      ? 'the article has no similar passage'
      : `closest passage: "${closest}"`;
  };
}

/** Levenshtein distance of `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  let previous = new Int32Array(b.length + 1).map((_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (current[j]! < rowMin) rowMin = current[j]!;
    }
    // Every later row is at least this row's minimum.
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, max + 1);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
