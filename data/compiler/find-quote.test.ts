import { describe, expect, it } from 'vitest';
import { closestPassage, enclosingParagraph, locateQuote } from './find-quote.ts';

const BODY = 'First line.\n\nIndia’s minister said the claims were “absurd.”\nLast  line here.';

describe('locateQuote', () => {
  it('returns offsets that slice back to the article’s own characters', () => {
    const result = locateQuote(BODY, `India's minister said the claims were "absurd."`);
    expect(result.found).toBe(true);
    if (!result.found) return;
    expect(BODY.slice(result.span.start, result.span.end)).toBe(
      'India’s minister said the claims were “absurd.”',
    );
  });

  it('matches across folded whitespace', () => {
    const result = locateQuote(BODY, 'Last line');
    expect(result).toMatchObject({ found: true });
    if (result.found) expect(BODY.slice(result.span.start, result.span.end)).toBe('Last  line');
  });

  it('refuses a changed word and a match inside a word', () => {
    expect(locateQuote(BODY, 'the claims are')).toMatchObject({ found: false, reason: 'absent' });
    expect(locateQuote(BODY, 'bsurd')).toMatchObject({ found: false, reason: 'mid-word' });
  });
});

describe('enclosingParagraph', () => {
  it('is the line holding the quote', () => {
    const start = BODY.indexOf('minister');
    expect(enclosingParagraph(BODY, { start, end: start + 8 }).text).toBe(
      'India’s minister said the claims were “absurd.”',
    );
  });
});

describe('closestPassage', () => {
  it('finds the passage sharing most words with a misquote', () => {
    expect(closestPassage(BODY, 'the minister said the claim was absurd')).toBe(
      'minister said the claims were “absurd',
    );
  });
});
