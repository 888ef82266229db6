import { activePack, usePackStore } from '../briefing/pack-store.ts';
import type { Dataset } from '../dataset/schema.ts';
import { useUiStore } from './ui-store.ts';
import { parsePack, parseViewState, serialiseViewState } from './url-state.ts';

/**
 * Keeps the URL and the store in step: the URL is read at start and on Back/Forward;
 * store changes are written back. Selecting an event pushes a history entry (so Back
 * returns to the previous event), and so do entering and leaving presentation mode and
 * switching between the timeline and the coverage view;
 * everything else — window moves, filters, slides within a presentation — replaces it.
 * A link's briefing pack is kept in the reader's packs and made active.
 */
export function startUrlSync(dataset: Dataset): () => void {
  let applying = false;
  const currentUrl = () =>
    serialiseViewState(useUiStore.getState(), dataset, activePack(usePackStore.getState()));
  const applyUrl = () => {
    applying = true;
    const search = window.location.search;
    const pack = parsePack(search, dataset);
    if (pack) usePackStore.getState().importPack(pack);
    useUiStore.getState().applyViewState(parseViewState(search, dataset));
    applying = false;
    writeUrl(currentUrl(), 'replace');
  };
  applyUrl();

  let { selectedEventId: selected, present, view } = useUiStore.getState();
  const unsubscribeUi = useUiStore.subscribe((state) => {
    const pushes =
      state.present !== present ||
      state.view !== view ||
      (state.selectedEventId !== selected && !state.present);
    selected = state.selectedEventId;
    present = state.present;
    view = state.view;
    if (applying) return;
    writeUrl(currentUrl(), pushes ? 'push' : 'replace');
  });
  const unsubscribePacks = usePackStore.subscribe(() => {
    if (!applying && useUiStore.getState().scope === 'pack') writeUrl(currentUrl(), 'replace');
  });
  const onPopState = () => {
    applyUrl();
    ({ selectedEventId: selected, present, view } = useUiStore.getState());
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribeUi();
    unsubscribePacks();
    window.removeEventListener('popstate', onPopState);
  };
}

function writeUrl(search: string, mode: 'push' | 'replace'): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
