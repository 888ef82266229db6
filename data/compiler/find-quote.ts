/**
 * Proving quotes verbatim. Matching may fold whitespace runs and typographic quote
 * marks (’ → ', “ → "), never anything else; the recorded text is the article's own.
 */

const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201A', '\u201B', '\u2032']);
const DOUBLE_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u201F', '\u2033']);
/** What folding changes: whitespace other than a lone space, and typographic quote marks. */
const FOLDABLE = /[^\S ]| {2}|[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033]/;
const FOLDS = /\s{2,}|[^\S ]|[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * `text` with every run of whitespace made one space and typographic quote marks made
 * straight. Only whitespace runs longer than one character change lengths, so the map back
 * to the original is kept as the few places where they do (not an index per character:
 * articles can be megabytes).
 */
export interface Folded {
  text: string;
  /** Ascending folded positions from which `removed[k]` more original characters lie before. */
  from: number[];
  removed: number[];
}

export function fold(text: string): Folded {
  // Most quotes are typed with single spaces and straight marks: nothing to do.
  if (!FOLDABLE.test(text)) return { text, from: [], removed: [] };
  const from: number[] = [];
  const removed: number[] = [];
  let total = 0;
  // One pass: a run of whitespace, a single whitespace character other than a space (a lone
  // space stays as it is), or a typographic quote mark.
  const folded = text.replace(FOLDS, (match: string, at: number) => {
    if (match.length > 1) {
      total += match.length - 1;
      // The run's one space stands at (at - total-before); what follows it has shifted.
      from.push(at - (total - (match.length - 1)) + 1);
      removed.push(total);
      return ' ';
    }
    return SINGLE_QUOTES.has(match) ? "'" : DOUBLE_QUOTES.has(match) ? '"' : ' ';
  });
  return { text: folded, from, removed };
}

/** Index in the original text of folded character `at`. */
export function originOf(folded: Folded, at: number): number {
  let lo = 0;
  let hi = folded.from.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (folded.from[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return at + (lo === 0 ? 0 : folded.removed[lo - 1]!);
}

export interface Span {
  start: number;
  end: number;
}

export type QuoteLocation =
  { found: true; span: Span } | { found: false; reason: 'absent' | 'mid-word'; span: Span | null };

/**
 * Prepares `body` once for locating many quotes in it. A match that starts or ends
 * inside a word ("bsurd" in "absurd") is not a quote of the article and is reported.
 * Each search is one scan of the folded body, so the time is bounded by the article's length.
 */
export function createQuoteFinder(body: string): (quote: string) => QuoteLocation {
  const haystack = fold(body);
  const isWord = (i: number) =>
    i >= 0 && i < haystack.text.length && WORD_CHAR.test(haystack.text[i] as string);
  // Folding keeps letters and digits in place, so word edges can be judged on the folded text.
  const cutsWord = (at: number, length: number) =>
    (isWord(at) && isWord(at - 1)) || (isWord(at + length - 1) && isWord(at + length));
  const spanOf = (at: number, length: number): Span => ({
    start: originOf(haystack, at),
    end: originOf(haystack, at + length - 1) + 1,
  });
  return (quote) => {
    const needle = fold(quote.trim()).text;
    if (needle.length === 0) return { found: false, reason: 'absent', span: null };
    let firstMidWord: number | null = null;
    for (
      let at = haystack.text.indexOf(needle);
      at !== -1;
      at = haystack.text.indexOf(needle, at + 1)
    ) {
      if (!cutsWord(at, needle.length)) return { found: true, span: spanOf(at, needle.length) };
      firstMidWord ??= at;
    }
    return firstMidWord !== null
      ? { found: false, reason: 'mid-word', span: spanOf(firstMidWord, needle.length) }
      : { found: false, reason: 'absent', span: null };
  };
}

export function locateQuote(body: string, quote: string): QuoteLocation {
  return createQuoteFinder(body)(quote);
}

/** The paragraph (line) or lines that hold the span. */
export function enclosingParagraph(body: string, { start, end }: Span): Span & { text: string } {
  const from = body.lastIndexOf('\n', start - 1) + 1;
  const newline = body.indexOf('\n', end);
  const to = newline === -1 ? body.length : newline;
  return { start: from, end: to, text: body.slice(from, to) };
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The passage of `body` most like `quote`: the run of as many words as the quote
 * has that shares the most words with it. Linear in the article's length.
 */
export function closestPassage(body: string, quote: string): string | null {
  const quoteWords = [...quote.toLowerCase().matchAll(WORD)].map((m) => m[0]);
  const bodyWords = [...body.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (quoteWords.length === 0 || bodyWords.length === 0) return null;
  const size = Math.min(quoteWords.length, bodyWords.length);
  const wanted = new Map<string, number>();
  for (const word of quoteWords) wanted.set(word, (wanted.get(word) ?? 0) + 1);

  // Sliding window: `shared` counts window words still wanted by the quote.
  const inWindow = new Map<string, number>();
  let shared = 0;
  const add = (word: string) => {
    const n = (inWindow.get(word) ?? 0) + 1;
    inWindow.set(word, n);
    if (n <= (wanted.get(word) ?? 0)) shared++;
  };
  const remove = (word: string) => {
    const n = inWindow.get(word) ?? 0;
    if (n <= (wanted.get(word) ?? 0)) shared--;
    inWindow.set(word, n - 1);
  };
  let best = { shared: -1, from: 0 };
  for (let i = 0; i < bodyWords.length; i++) {
    add(bodyWords[i]!.word);
    if (i >= size) remove(bodyWords[i - size]!.word);
    const from = i - size + 1;
    if (from >= 0 && shared > best.shared) best = { shared, from };
  }
  if (best.shared <= 0) return null;
  // Trim words at either end that the quote does not have ("Friday. They agreed…").
  let from = best.from;
  let to = best.from + size - 1;
  while (from < to && !wanted.has(bodyWords[from]!.word)) from++;
  while (to > from && !wanted.has(bodyWords[to]!.word)) to--;
  return body.slice(bodyWords[from]!.start, bodyWords[to]!.end).replace(/\s+/g, ' ');
}
