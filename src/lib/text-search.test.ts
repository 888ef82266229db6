import { describe, expect, it } from 'vitest';
import { findMatches, queryTerms } from './text-search.ts';

describe('text search', () => {
  it('folds case and accents in queries', () => {
    expect(queryTerms('  Montréal   ÉTÉ ')).toEqual(['montreal', 'ete']);
    expect(queryTerms('   ')).toEqual([]);
  });

  it('finds matches as ranges of the original text', () => {
    const text = 'Doval met Drouin in Montréal; DOVAL left.';
    const ranges = findMatches(text, queryTerms('doval montreal'));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Doval', 'Montréal', 'DOVAL']);
  });

  it('merges overlapping matches', () => {
    expect(findMatches('abcdef', ['abc', 'bcd'])).toEqual([{ start: 0, end: 4 }]);
  });

  it('keeps offsets right for text with decomposed accents', () => {
    const text = 'Cafe\u0301 talks';
    const [range] = findMatches(text, ['talks']);
    expect(text.slice(range!.start, range!.end)).toBe('talks');
  });
});
