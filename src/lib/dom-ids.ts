/**
 * DOM ids that one feature gives and another links or scrolls to. Features never import
 * each other, so the convention lives here.
 */

/** The detail pane's group of one outlet's quotes. */
export function outletQuotesDomId(outletId: string): string {
  return `outlet-quotes-${outletId}`;
}
