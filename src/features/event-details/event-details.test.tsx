// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { splitFixture } from '../../dataset/dataset-fixture.ts';
import { datasetPartQueryOptions, datasetQueryOptions } from '../../dataset/dataset-query.ts';
import type { CompiledDataset } from '../../dataset/split-dataset.ts';
import { resetUiStore, useUiStore } from '../../stores/ui-store.ts';
import { makeDetailsDataset } from './event-details-fixture.ts';
import { EventDetails } from './event-details.tsx';

/** The pane, with the dataset loaded and (unless `partsLoaded` is false) its quotes too. */
function renderDetails(compiled: CompiledDataset = makeDetailsDataset(), partsLoaded = true) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const { dataset, parts } = splitFixture(compiled);
  client.setQueryData(datasetQueryOptions().queryKey, dataset);
  if (partsLoaded) {
    parts.forEach((part, i) =>
      client.setQueryData(
        datasetPartQueryOptions(dataset, i).queryKey,
        new Map(part.events.map((d) => [d.id, d])),
      ),
    );
  }
  render(
    <QueryClientProvider client={client}>
      <EventDetails />
    </QueryClientProvider>,
  );
  return screen.getByRole('complementary', { name: 'Event details' });
}

/** The "What the outlets wrote" section, where every quote of the event is listed by outlet. */
const quotesSection = (pane: HTMLElement) =>
  within(pane).getByRole('region', { name: 'What the outlets wrote' });

function select(id: string | null) {
  act(() => useUiStore.getState().selectEvent(id));
}

function setClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

beforeEach(() => resetUiStore());
afterEach(() => {
  cleanup();
  setClipboard(undefined);
  vi.useRealTimers();
});

describe('EventDetails', () => {
  it('shows a hint when nothing is selected', () => {
    const pane = renderDetails();
    expect(pane.className).not.toContain('has-selection');
    expect(pane.textContent).toContain('Select an event on the timeline or in the list');
  });

  it('shows the selected event: title, date, date note, summary, themes and differences', () => {
    const pane = renderDetails();
    select('talks');
    expect(pane.className).toContain('has-selection');
    const heading = within(pane).getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Security talks in Ottawa');
    expect(heading.tabIndex).toBe(-1);
    expect(document.activeElement).not.toBe(heading);
    expect(pane.textContent).toContain('7 Feb 2026');
    expect(pane.textContent).toContain('About the date: The articles give only the month.');
    const themes = within(pane).getByRole('list', { name: 'Themes' });
    expect(
      within(themes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Security', 'Trade']);
    within(pane).getByRole('heading', { name: 'Where outlets differ' });
    within(pane).getByRole('heading', { name: 'What was agreed' });
    within(pane).getByRole('group', { name: 'What was agreed' });
  });

  it('sets the positions of a difference side by side, each with its quotes and outlets', () => {
    const pane = renderDetails();
    select('talks');
    const difference = within(pane).getByRole('group', { name: 'What was agreed' });
    expect(difference.textContent).toContain('Most say a work plan; Zee News says a pact.');
    const workPlan = within(difference).getByRole('group', { name: 'A shared work plan' });
    const quotes = [...workPlan.querySelectorAll('li')].map((li) => [
      li.querySelector('.position-outlet')!.textContent,
      li.querySelector('blockquote')!.textContent,
    ]);
    expect(quotes).toEqual([
      ['WION', 'A shared work plan was agreed.'],
      ['NDTV', 'The advisers met in Ottawa.'],
    ]);
    const pact = within(difference).getByRole('group', { name: 'A security pact' });
    expect(pact.querySelector('blockquote')!.textContent).toBe('A security pact was sealed.');
  });

  it('folds the hidden outlets’ quotes in a difference', () => {
    const pane = renderDetails();
    act(() => useUiStore.getState().setHiddenOutlets(['zee']));
    select('talks');
    const pact = within(pane).getByRole('group', { name: 'A security pact' });
    const folded = pact.querySelector('details')!;
    expect(folded.querySelector('summary')!.textContent).toBe('1 more from hidden outlets');
    expect(pact.querySelectorAll('blockquote')).toHaveLength(1);
    expect(folded.querySelector('blockquote')!.textContent).toBe('A security pact was sealed.');
    const workPlan = within(pane).getByRole('group', { name: 'A shared work plan' });
    expect(workPlan.querySelector('details')).toBeNull();
  });

  it('marks an expected event', () => {
    const dataset = makeDetailsDataset();
    dataset.events[0]!.status = 'expected';
    const pane = renderDetails(dataset);
    select('talks');
    expect(within(pane).getByText('Expected')).toBeTruthy();
  });

  it('groups verbatim quotes by outlet, with dates and safe source links', () => {
    const pane = renderDetails();
    select('talks');
    const outlets = within(pane)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent)
      .filter((t) => ['NDTV', 'Zee News', 'WION'].includes(t ?? ''));
    expect(outlets).toEqual(['NDTV', 'Zee News', 'WION']);
    expect(quotesSection(pane).querySelectorAll('blockquote')).toHaveLength(5);
    const link = within(pane).getAllByRole('link', {
      name: 'Source: NDTV (opens in a new tab)',
    })[0]!;
    expect(link.getAttribute('href')).toBe('https://example.org/ndtv-early');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(quotesSection(pane).querySelector('blockquote')!.getAttribute('cite')).toBe(
      'https://example.org/ndtv-early',
    );
    expect(pane.textContent).toContain('Report on the talks (description ours)');
    expect(pane.textContent).toContain('Feb 2026');
    expect(pane.textContent).toContain('Source URL unknown');
  });

  it('never turns a non-web URL into a link', () => {
    const dataset = makeDetailsDataset();
    dataset.articles[0]!.url = 'javascript:alert(1)';
    const pane = renderDetails(dataset);
    select('talks');
    for (const a of within(pane).getAllByRole('link')) {
      expect(a.getAttribute('href')).toMatch(/^https:/);
    }
    for (const q of pane.querySelectorAll('blockquote')) {
      expect(q.getAttribute('cite') ?? 'https:').toMatch(/^https:/);
    }
  });

  it('folds quotes from hidden outlets away', () => {
    const pane = renderDetails();
    act(() => useUiStore.getState().setHiddenOutlets(['ndtv']));
    select('talks');
    const folded = quotesSection(pane).querySelector('details.hidden-outlets')!;
    expect(folded.querySelector('summary')!.textContent).toBe('3 more from hidden outlets');
    expect(folded.querySelectorAll('blockquote')).toHaveLength(3);
    expect(quotesSection(pane).querySelectorAll('blockquote')).toHaveLength(5);
  });

  it('marks search terms in the title, summary and quotes', () => {
    const pane = renderDetails();
    act(() => useUiStore.getState().setQuery('plan'));
    select('talks');
    const marks = [...pane.querySelectorAll('mark.search-match')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(marks.every((m) => m?.toLowerCase() === 'plan')).toBe(true);
  });

  it('shows a quote in its paragraph, marked, and hides it again', () => {
    const pane = renderDetails();
    select('talks');
    const card = quotesSection(pane).querySelector('blockquote')!.parentElement!;
    const toggle = within(card).getByRole('button', { name: 'Show in context' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide context');
    const mark = card.querySelector('mark.quote-in-context')!;
    expect(mark.textContent).toBe('Doval arrived on Friday.');
    expect(mark.parentElement!.textContent).toBe(
      'Words before. Doval arrived on Friday. Words after.',
    );
    fireEvent.click(toggle);
    expect(card.querySelector('mark.quote-in-context')).toBeNull();
  });

  it('copies a citation and confirms it for a few seconds', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    const pane = renderDetails();
    select('talks');
    const card = quotesSection(pane).querySelector('blockquote')!.parentElement!;
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Copy citation' }));
    });
    expect(writeText).toHaveBeenCalledWith(
      '“Doval arrived on Friday.” — NDTV, "Headline of ndtv-early", 9 Feb 2026, https://example.org/ndtv-early',
    );
    expect(within(card).getByRole('status').textContent).toBe('Citation copied');
    act(() => vi.advanceTimersByTime(3000));
    expect(within(card).getByRole('status').textContent).toBe('');
  });

  it('says when copying failed and offers the citation to copy by hand', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new Error('denied')) });
    const pane = renderDetails();
    select('talks');
    const card = quotesSection(pane).querySelector('blockquote')!.parentElement!;
    await act(async () => {
      fireEvent.click(within(card).getByRole('button', { name: 'Copy citation' }));
    });
    expect(within(card).getByRole('status').textContent).toBe(
      'Copy failed — select the text and press Ctrl+C',
    );
    const text = within(card).getByRole('textbox', { name: 'Citation' }) as HTMLTextAreaElement;
    expect(text.value).toContain('“Doval arrived on Friday.”');
  });

  it('names the outlets that reported the month but not this event, folding hidden ones', () => {
    const dataset = makeDetailsDataset();
    const talks = dataset.events[0]!;
    dataset.events.push({
      ...talks,
      id: 'visit',
      outletIds: ['ndtv'],
      quotes: talks.quotes.filter((q) => q.outletId === 'ndtv'),
      differences: [],
    });
    const pane = renderDetails(dataset);
    act(() => useUiStore.getState().setHiddenOutlets(['wion']));
    select('visit');
    const silent = within(pane).getByRole('list', { name: 'Not mentioned by:' });
    expect(
      within(silent)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Zee News']);
    expect(pane.textContent).toContain('Also not mentioned by 1 hidden outlet');
    expect(pane.textContent).toContain(
      'They reported other events of Feb 2026 but quoted nothing about this one.',
    );
    select('talks');
    expect(within(pane).queryByRole('list', { name: 'Not mentioned by:' })).toBeNull();
  });

  it('shows the event at once and its quotes when they arrive', async () => {
    const { parts } = splitFixture(makeDetailsDataset());
    let answer: (r: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))),
    );
    try {
      const pane = renderDetails(makeDetailsDataset(), false);
      select('talks');
      expect(within(pane).getByRole('heading', { level: 2 }).textContent).toBe(
        'Security talks in Ottawa',
      );
      expect(within(pane).getByRole('status').textContent).toBe('Loading the quotes…');
      answer(
        new Response(JSON.stringify(parts[0]), {
          headers: { 'content-type': 'application/json' },
        }),
      );
      expect(
        await within(pane).findByRole('region', { name: 'What the outlets wrote' }),
      ).toBeTruthy();
      expect(quotesSection(pane).querySelectorAll('blockquote')).toHaveLength(5);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says when the quotes cannot be loaded, and Retry loads them', async () => {
    const { parts } = splitFixture(makeDetailsDataset());
    const fetch = vi.fn(async () => new Response('Not found', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    try {
      const pane = renderDetails(makeDetailsDataset(), false);
      select('talks');
      const alert = await within(pane).findByRole('alert');
      expect(alert.textContent).toMatch(
        /could not be loaded\. The quotes file data\/timeline\/all\.json was not found/,
      );
      fetch.mockImplementation(
        async () =>
          new Response(JSON.stringify(parts[0]), {
            headers: { 'content-type': 'application/json' },
          }),
      );
      fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(
        await within(pane).findByRole('region', { name: 'What the outlets wrote' }),
      ).toBeTruthy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('closes with the Close details button', () => {
    const pane = renderDetails();
    select('talks');
    fireEvent.click(within(pane).getByRole('button', { name: 'Close details' }));
    expect(useUiStore.getState().selectedEventId).toBeNull();
    expect(within(pane).queryByRole('heading', { level: 2 })).toBeNull();
  });
});
