import type { Quote } from '../../dataset/schema.ts';
import type { TextRange } from '../../lib/text-search.ts';

/**
 * Where the quote sits in its paragraph. The compiler verifies the offsets; if they
 * ever disagree with the text, fall back to finding the words rather than marking
 * the wrong ones, and mark nothing if they are not there.
 */
export function quoteRangeInContext(
  quote: Pick<Quote, 'text' | 'start' | 'end' | 'context'>,
): TextRange | null {
  const { context } = quote;
  const start = quote.start - context.start;
  const end = quote.end - context.start;
  if (start >= 0 && end <= context.text.length && context.text.slice(start, end) === quote.text) {
    return { start, end };
  }
  const at = context.text.indexOf(quote.text);
  return at === -1 ? null : { start: at, end: at + quote.text.length };
}
