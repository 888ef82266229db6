import type { Range, useVirtualizer } from '@tanstack/react-virtual';
import { use, useCallback } from 'react';
import { rendersAllRows, rowsToRender } from './rows-to-render.ts';

// The virtualizer (11 kB gzip) is fetched as the app starts, in parallel with the dataset,
// and off the critical path of the first paint: nothing renders rows before the dataset is in.
const virtualModule = import('@tanstack/react-virtual');
virtualModule.catch(() => {});

export type RowVirtualizerOptions<S extends Element, I extends Element> = Omit<
  Parameters<typeof useVirtualizer<S, I>>[0],
  'rangeExtractor'
> & {
  /** Rows to keep rendered wherever the view is, memoised (a new array re-renders). */
  pinned: readonly number[];
};

/**
 * One virtualizer for a list or table of rows, with `rowsToRender` deciding what is in the
 * DOM: every row when there are few (`virtual` is then false and the rows can sit in the
 * flow, unmeasured), else those in view and the pinned ones. Suspends in the rare case the
 * virtualizer has not arrived yet.
 */
export function useRowVirtualizer<S extends Element, I extends Element>({
  pinned,
  ...options
}: RowVirtualizerOptions<S, I>) {
  const { useVirtualizer } = use(virtualModule);
  const rangeExtractor = useCallback((range: Range) => rowsToRender(range, pinned), [pinned]);
  const virtualizer = useVirtualizer<S, I>({
    // Until the scroll box is measured (after the first commit), so the first render has rows
    // in it: effects that scroll a row into view find it there.
    initialRect: { width: 0, height: window.innerHeight },
    ...options,
    rangeExtractor,
  });
  return { virtualizer, virtual: !rendersAllRows(options.count) };
}
