import { describe, expect, it } from 'vitest';
import { makeDataset } from '../dataset/dataset-fixture.ts';
import type { Pack } from '../briefing/pack.ts';
import { parsePack, parseViewState, serialiseViewState } from './url-state.ts';
import { INITIAL_VIEW_STATE, type ViewState } from './view-state.ts';

const dataset = makeDataset();

describe('parseViewState', () => {
  it('restores a full view', () => {
    expect(
      parseViewState(
        '?event=b&outlets=ndtv,zee&themes=trade&q=nijjar&from=2023-01-01&to=2024-01-01',
        dataset,
      ),
    ).toEqual({
      selectedEventId: 'b',
      hiddenOutlets: ['wion'],
      hiddenThemes: ['security'],
      query: 'nijjar',
      window: { from: '2023-01-01', to: '2024-01-01' },
      present: false,
      scope: 'view',
      view: 'timeline',
      onlyDifferences: false,
    });
  });

  it('gives the initial view for an empty query string', () => {
    expect(parseViewState('', dataset)).toEqual(INITIAL_VIEW_STATE);
  });

  it('drops unknown ids and malformed values instead of failing', () => {
    expect(
      parseViewState(
        '?event=nope&outlets=ndtv,bogus&themes=x,y&from=2025-02-30&to=2026-01-01',
        dataset,
      ),
    ).toEqual({ ...INITIAL_VIEW_STATE, hiddenOutlets: ['wion', 'zee'] });
    expect(parseViewState('?from=2026-01-01&to=2025-01-01', dataset).window).toBeNull();
    expect(parseViewState('?from=garbage', dataset).window).toBeNull();
  });

  it('reads an empty list as "none shown"', () => {
    expect(parseViewState('?outlets=', dataset).hiddenOutlets).toEqual(['ndtv', 'wion', 'zee']);
  });

  it('clamps a window to the dataset range and cuts a huge query', () => {
    const state = parseViewState(`?from=2010-01-01&to=2019-01-01&q=${'x'.repeat(5000)}`, dataset);
    expect(state.window).toEqual({ from: '2018-01-01', to: '2019-01-01' });
    expect(state.query).toHaveLength(200);
  });
});

describe('serialiseViewState', () => {
  it('omits everything that is at its default', () => {
    expect(serialiseViewState(INITIAL_VIEW_STATE, dataset)).toBe('');
    expect(
      serialiseViewState(
        { ...INITIAL_VIEW_STATE, window: { from: '2018-01-01', to: '2026-12-31' } },
        dataset,
      ),
    ).toBe('');
  });

  it('lists shown outlets in dataset order, with readable commas', () => {
    expect(serialiseViewState({ ...INITIAL_VIEW_STATE, hiddenOutlets: ['wion'] }, dataset)).toBe(
      '?outlets=ndtv,zee',
    );
  });

  it('round-trips every kind of view through the URL', () => {
    const views: ViewState[] = [
      INITIAL_VIEW_STATE,
      { ...INITIAL_VIEW_STATE, selectedEventId: 'c' },
      { ...INITIAL_VIEW_STATE, hiddenOutlets: ['ndtv', 'wion', 'zee'] },
      { ...INITIAL_VIEW_STATE, hiddenThemes: ['trade'], query: 'Montréal & "Delhi" #1' },
      {
        selectedEventId: 'a',
        hiddenOutlets: ['zee'],
        hiddenThemes: [],
        query: 'a b',
        window: { from: '2020-05-01', to: '2021-05-01' },
        present: true,
        scope: 'view',
        view: 'coverage',
        onlyDifferences: true,
      },
      { ...INITIAL_VIEW_STATE, view: 'coverage', onlyDifferences: true },
    ];
    for (const view of views) {
      expect(parseViewState(serialiseViewState(view, dataset), dataset)).toEqual(view);
    }
  });

  it('carries the active briefing pack in pack scope, and only then', () => {
    const pack: Pack = {
      id: 'p1',
      title: 'Ottawa talks — “reset”',
      items: [
        { eventId: 'c', note: 'Open with this; ask about 2023 & after' },
        { eventId: 'a', note: '' },
      ],
    };
    const view: ViewState = { ...INITIAL_VIEW_STATE, present: true, scope: 'pack' };
    const search = serialiseViewState(view, dataset, pack);
    expect(search).toMatch(/^\?present=1&pack=[A-Za-z0-9_-]+$/);
    expect(parseViewState(search, dataset)).toEqual(view);
    expect(parsePack(search, dataset)).toEqual(pack);
    expect(serialiseViewState({ ...view, scope: 'view' }, dataset, pack)).toBe('?present=1');
  });

  it('reads a damaged or hostile pack code as no pack', () => {
    for (const code of ['', '!!!', 'e30', btoa('{"v":2}'), '%3Cscript%3E', 'A'.repeat(5000)]) {
      expect(parsePack(`?pack=${code}`, dataset)).toBeNull();
      expect(parseViewState(`?pack=${code}`, dataset).scope).toBe('view');
    }
  });
});
