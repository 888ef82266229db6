/** How an event on which outlets differ is marked, wherever events are listed or drawn. */
export const DIFFERENCES_MARK = '≠';

/** The mark's text alternative. */
export const DIFFERENCES_TEXT = 'outlets differ';
