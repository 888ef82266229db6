import { describe, expect, it } from 'vitest';
import { quoteRangeInContext } from './quote-context.ts';

const context = { text: 'First sentence. The quoted words. Last one.', start: 100, end: 143 };

describe('quoteRangeInContext', () => {
  it('turns article offsets into paragraph offsets', () => {
    const range = quoteRangeInContext({ text: 'The quoted words.', start: 116, end: 133, context });
    expect(range).toEqual({ start: 16, end: 33 });
    expect(context.text.slice(range!.start, range!.end)).toBe('The quoted words.');
  });

  it('finds the words when the offsets do not match the text', () => {
    expect(quoteRangeInContext({ text: 'The quoted words.', start: 0, end: 17, context })).toEqual({
      start: 16,
      end: 33,
    });
  });

  it('marks nothing when the quote is not in the paragraph', () => {
    expect(quoteRangeInContext({ text: 'Elsewhere.', start: 0, end: 10, context })).toBeNull();
  });
});
