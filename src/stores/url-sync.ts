import type { Dataset } from '../dataset/schema.ts';
import { useUiStore } from './ui-store.ts';
import { parseViewState, serialiseViewState } from './url-state.ts';

/**
 * Keeps the URL and the store in step: the URL is read at start and on Back/Forward;
 * store changes are written back. Selecting an event pushes a history entry (so Back
 * returns to the previous event); everything else replaces the current one.
 */
export function startUrlSync(dataset: Dataset): () => void {
  let applying = false;
  const applyUrl = () => {
    applying = true;
    const state = parseViewState(window.location.search, dataset);
    useUiStore.getState().applyViewState(state);
    applying = false;
    writeUrl(serialiseViewState(state, dataset), 'replace');
  };
  applyUrl();

  let selected = useUiStore.getState().selectedEventId;
  const unsubscribe = useUiStore.subscribe((state) => {
    const selectionChanged = state.selectedEventId !== selected;
    selected = state.selectedEventId;
    if (applying) return;
    writeUrl(serialiseViewState(state, dataset), selectionChanged ? 'push' : 'replace');
  });
  const onPopState = () => {
    applyUrl();
    selected = useUiStore.getState().selectedEventId;
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

function writeUrl(search: string, mode: 'push' | 'replace'): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
