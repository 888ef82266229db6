import { findMatches, type TextRange } from '../lib/text-search.ts';

/**
 * Text with parts marked: search matches (`terms`) or given ranges. Always rendered as
 * text nodes and <mark> elements, never as HTML.
 */
export function HighlightedText({
  text,
  terms = [],
  ranges,
  className = 'search-match',
}: {
  text: string;
  terms?: readonly string[];
  ranges?: readonly TextRange[];
  className?: string;
}) {
  const marks = ranges ?? findMatches(text, terms);
  if (marks.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  marks.forEach((range, i) => {
    if (range.start > at) parts.push(text.slice(at, range.start));
    parts.push(
      <mark key={i} className={className}>
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
