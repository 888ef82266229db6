/**
 * Case- and accent-insensitive text search: "montreal" finds "Montréal".
 * Matching works on a folded copy that remembers where each character came from,
 * so matches can be highlighted in the original text.
 */

export interface Folded {
  text: string;
  /** `origin[i]` is the index in the original text of folded character `i`. */
  origin: number[];
}

const COMBINING_MARKS = /\p{M}/u;

export function foldForSearch(text: string): Folded {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const part of ch.normalize('NFD').toLowerCase()) {
      if (COMBINING_MARKS.test(part)) continue;
      folded += part;
      for (let k = 0; k < part.length; k++) origin.push(i);
    }
    i += ch.length;
  }
  return { text: folded, origin };
}

// Printable ASCII has nothing to fold but case.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** `foldForSearch(text).text`, without the map back to the original (and fast for ASCII). */
export function foldText(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : foldForSearch(text).text;
}

/** The words of a query, folded; a query of only spaces has none. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query.trim()).text.split(/\s+/).filter(Boolean);
}

export interface TextRange {
  start: number;
  end: number;
}

/** Where any of the terms occurs in `text`, as sorted, merged ranges of the original text. */
export function findMatches(text: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0) return [];
  const folded = foldForSearch(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + 1)) {
      const last = folded.origin[at + term.length - 1] as number;
      ranges.push({ start: folded.origin[at] as number, end: last + charLengthAt(text, last) });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function charLengthAt(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0;
  return code > 0xffff ? 2 : 1;
}
