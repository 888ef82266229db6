/**
 * The URL as a public interface:
 *   ?view=coverage&event=<id>&present=1&pack=<code>&outlets=<id,id>&themes=<id,id>&q=<text>
 *    &differ=1&from=YYYY-MM-DD&to=YYYY-MM-DD
 * `pack` carries a whole briefing pack (see briefing/pack.ts) and puts the view in pack scope.
 * Parsing never fails: unknown ids and malformed values are dropped, and the caller
 * rewrites the URL to the canonical form that `serialiseViewState` gives.
 */
import { decodePack, encodePack, type Pack } from '../briefing/pack.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { TimeWindow, ViewState } from './view-state.ts';

/** Longer queries are cut: nobody types more, and a hostile link gains nothing. */
export const MAX_QUERY_LENGTH = 200;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseViewState(search: string, dataset: Dataset): ViewState {
  const params = new URLSearchParams(search);
  const eventId = params.get('event');
  const outletIds = dataset.outlets.map((o) => o.id);
  const themeIds = dataset.themes.map((t) => t.id);
  return {
    selectedEventId:
      eventId !== null && dataset.events.some((e) => e.id === eventId) ? eventId : null,
    hiddenOutlets: parseShownList(params.get('outlets'), outletIds),
    hiddenThemes: parseShownList(params.get('themes'), themeIds),
    query: parseQuery(params.get('q')),
    onlyDifferences: params.get('differ') === '1',
    window: parseWindow(params.get('from'), params.get('to'), dataset.range),
    present: params.get('present') === '1',
    scope: parsePack(search, dataset) ? 'pack' : 'view',
    view: params.get('view') === 'coverage' ? 'coverage' : 'timeline',
  };
}

/** The briefing pack a link carries, or null. */
export function parsePack(search: string, dataset: Dataset): Pack | null {
  const code = new URLSearchParams(search).get('pack');
  return code ? decodePack(code, dataset) : null;
}

/**
 * `?…` for the state, or '' when the state is the initial view. `pack` is the active
 * briefing pack, written only in pack scope.
 */
export function serialiseViewState(
  state: ViewState,
  dataset: Dataset,
  pack: Pack | null = null,
): string {
  const params = new URLSearchParams();
  if (state.view !== 'timeline') params.set('view', state.view);
  if (state.selectedEventId) params.set('event', state.selectedEventId);
  if (state.present) params.set('present', '1');
  if (state.scope === 'pack' && pack) params.set('pack', encodePack(pack));
  const outlets = shownList(
    state.hiddenOutlets,
    dataset.outlets.map((o) => o.id),
  );
  if (outlets !== null) params.set('outlets', outlets);
  const themes = shownList(
    state.hiddenThemes,
    dataset.themes.map((t) => t.id),
  );
  if (themes !== null) params.set('themes', themes);
  if (state.query.trim()) params.set('q', state.query);
  if (state.onlyDifferences) params.set('differ', '1');
  const window = state.window;
  if (window && !(window.from === dataset.range.start && window.to === dataset.range.end)) {
    params.set('from', window.from);
    params.set('to', window.to);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * At most MAX_QUERY_LENGTH UTF-16 units, never cutting a character in half (half a
 * surrogate pair would come back from the URL as U+FFFD); blank is no search.
 */
function parseQuery(value: string | null): string {
  if (value === null || value.trim() === '') return '';
  if (value.length <= MAX_QUERY_LENGTH) return value;
  const cut = /[\uD800-\uDBFF]/.test(value[MAX_QUERY_LENGTH - 1]!)
    ? MAX_QUERY_LENGTH - 1
    : MAX_QUERY_LENGTH;
  const query = value.slice(0, cut);
  return query.trim() === '' ? '' : query;
}

/** The URL lists what is shown; the state keeps what is hidden. Absent or all-unknown: all shown. */
function parseShownList(value: string | null, allIds: readonly string[]): string[] {
  if (value === null) return [];
  if (value.trim() === '') return [...allIds];
  const listed = new Set(value.split(',').map((s) => s.trim()));
  const shown = allIds.filter((id) => listed.has(id));
  if (shown.length === 0) return [];
  return allIds.filter((id) => !listed.has(id));
}

/** Null when everything is shown (the parameter is omitted); '' when nothing is. */
function shownList(hidden: readonly string[], allIds: readonly string[]): string | null {
  const hiddenSet = new Set(hidden);
  const shown = allIds.filter((id) => !hiddenSet.has(id));
  if (shown.length === allIds.length) return null;
  return shown.join(',');
}

function parseWindow(
  from: string | null,
  to: string | null,
  range: { start: string; end: string },
): TimeWindow | null {
  if (!from || !to || !isRealDay(from) || !isRealDay(to) || from >= to) return null;
  const clamped = {
    from: from < range.start ? range.start : from,
    to: to > range.end ? range.end : to,
  };
  // The whole range is the default view, which the URL leaves out.
  if (clamped.from >= clamped.to || (clamped.from === range.start && clamped.to === range.end)) {
    return null;
  }
  return clamped;
}

function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
