/**
 * Proving quotes verbatim. Matching may fold whitespace runs and typographic quote
 * marks (’ → ', “ → "), never anything else; the recorded text is the article's own.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Folded {
  text: string;
  /** `origin[i]` is the index in the original text of folded character `i`. */
  origin: number[];
}

function fold(text: string): Folded {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    folded += SINGLE_QUOTES.test(ch) ? "'" : DOUBLE_QUOTES.test(ch) ? '"' : ch;
    origin.push(i);
  }
  return { text: folded, origin };
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
 */
export function createQuoteFinder(body: string): (quote: string) => QuoteLocation {
  const haystack = fold(body);
  return (quote) => {
    const needle = fold(quote.trim()).text;
    if (needle.length === 0) return { found: false, reason: 'absent', span: null };
    let firstMidWord: Span | null = null;
    for (
      let at = haystack.text.indexOf(needle);
      at !== -1;
      at = haystack.text.indexOf(needle, at + 1)
    ) {
      const span = {
        start: haystack.origin[at] as number,
        end: (haystack.origin[at + needle.length - 1] as number) + 1,
      };
      if (!cutsWord(body, span)) return { found: true, span };
      firstMidWord ??= span;
    }
    return firstMidWord
      ? { found: false, reason: 'mid-word', span: firstMidWord }
      : { found: false, reason: 'absent', span: null };
  };
}

export function locateQuote(body: string, quote: string): QuoteLocation {
  return createQuoteFinder(body)(quote);
}

function cutsWord(body: string, { start, end }: Span): boolean {
  const isWord = (i: number) => i >= 0 && i < body.length && WORD_CHAR.test(body[i] as string);
  return (isWord(start) && isWord(start - 1)) || (isWord(end - 1) && isWord(end));
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
