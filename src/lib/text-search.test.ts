import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMatches, foldForSearch, foldText, queryTerms } from './text-search.ts';

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

  it('folds text as foldForSearch does, for any text, ASCII or not', () => {
    expect(foldText('Doval IN Montréal')).toBe('doval in montreal');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (text) => {
        expect(foldText(text)).toBe(foldForSearch(text).text);
      }),
    );
  });
});
