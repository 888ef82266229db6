import { flushSync } from 'react-dom';
import { loadHandout, useHandoutStore } from './handout-store.ts';

/**
 * The "Print handout…" action: puts the handout in the page before the print dialog
 * takes its snapshot. `afterprint` (see `HandoutHost`) takes it out again.
 */
export async function printHandout(): Promise<void> {
  await loadHandout();
  flushSync(() => useHandoutStore.getState().showHandout());
  window.print();
}
