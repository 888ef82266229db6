/**
 * The explorer: timeline, filters, list, selection, keyboard, search and URL state. Runs on
 * the real dataset and on 10,000 synthetic events (the scale project): every expectation is
 * worked out from the dataset the page is served with.
 */
import type { Page } from '@playwright/test';
import type { FullEvent } from '../src/dataset/schema.ts';
import type { BuiltDataset } from './dataset.ts';
import {
  ALL_ROWS_UP_TO,
  busiestEvent,
  details,
  escapeRegExp,
  expectShownCount,
  expectTimelineHolds,
  list,
  listRow,
  outletCheckbox,
  outletWithOwnEvents,
  timelineBar,
} from './explorer-helpers.ts';
import { expect, test } from './fixtures.ts';

const outletOf = (dataset: BuiltDataset, id: string) => dataset.outlets.find((o) => o.id === id)!;
const heading = (page: Page) => details(page).getByRole('heading', { level: 2 });

/**
 * A word a reader might search for: it occurs in a few events' quotes (lowercase, letters
 * only), and the events it finds are those with it in their title, summary or quotes.
 */
function searchTerm(dataset: BuiltDataset): { term: string; matching: FullEvent[] } {
  // Folded as the app folds text: case and accents.
  const text = (e: FullEvent) =>
    [e.title, e.summary, ...e.quotes.map((q) => q.text)]
      .join(' ')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase();
  const counts = new Map<string, number>();
  for (const event of dataset.events) {
    const words = new Set(
      event.quotes.flatMap((q) => q.text.toLowerCase().match(/[a-z]{7,}/g) ?? []),
    );
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [term] = [...counts]
    .filter(([, n]) => n >= 2 && n <= 40)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return { term, matching: dataset.events.filter((e) => text(e).includes(term)) };
}

test('every event appears in the list and on the timeline, in date order', async ({
  page,
  dataset,
}) => {
  const { events } = dataset;
  await page.goto('./');
  await expectShownCount(page, dataset, events.length);
  const rows = list(page).getByRole('listitem');
  await expect(rows.first()).toContainText(events[0]!.title);
  if (events.length <= ALL_ROWS_UP_TO) {
    await expect(rows.last()).toContainText(events.at(-1)!.title);
  } else {
    // Only the rows in view are in the page; each says where it stands among them all.
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(events.length));
    await list(page).getByRole('button').first().focus();
    await page.keyboard.press('End');
    const last = list(page).locator('li', {
      has: page.locator(`[data-event-id="${events.at(-1)!.id}"]`),
    });
    await expect(last).toHaveAttribute('aria-posinset', String(events.length));
    await expect(last).toContainText(events.at(-1)!.title);
    await page.keyboard.press('Escape');
  }
  await expectTimelineHolds(page, events);
  await expect(page.locator('.vis-timeline')).toHaveCount(1);
});

test('switching an outlet off hides the events only it quoted and updates the counts', async ({
  page,
  dataset,
}) => {
  await page.goto('./');
  const outlet = outletWithOwnEvents(dataset);
  const onlyIt = dataset.events.filter((e) => e.outletIds.join() === outlet.id);
  const still = dataset.events.filter((e) => e.outletIds.some((id) => id !== outlet.id));

  await outletCheckbox(page, outlet).uncheck();

  await expectShownCount(page, dataset, still.length);
  await expect(list(page).getByRole('listitem').first()).toContainText(still[0]!.title);
  await expectTimelineHolds(page, still, onlyIt);
  // Theme counts follow the outlet filter.
  for (const theme of dataset.themes) {
    const count = still.filter((e) => e.themes.includes(theme.id)).length;
    await expect(
      page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(theme.label)}\\s?,`) }),
    ).toHaveAccessibleName(new RegExp(`, ${count} events?$`));
  }
});

test('"only" and None / All change the outlet filters at once', async ({ page, dataset }) => {
  await page.goto('./');
  const solo = dataset.outlets[1]!;
  await page.getByRole('button', { name: `Only ${solo.name}`, exact: true }).click();
  await expectShownCount(
    page,
    dataset,
    dataset.events.filter((e) => e.outletIds.includes(solo.id)).length,
  );
  await page.getByRole('button', { name: 'Hide all outlets' }).click();
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Reset filters and search' }).click();
  await expectShownCount(page, dataset, dataset.events.length);
});

test('selecting an event shows exactly the shown outlets’ quotes, verbatim', async ({
  page,
  dataset,
}) => {
  const meeting = busiestEvent(dataset);
  const hidden = meeting.outletIds[0]!;
  const shownQuotes = meeting.quotes.filter((q) => q.outletId !== hidden);
  const hiddenQuotes = meeting.quotes.filter((q) => q.outletId === hidden);
  await page.goto('./');
  await outletCheckbox(page, outletOf(dataset, hidden)).uncheck();
  // Find it the way a reader would among many: search for its title, then pick it.
  await page.getByRole('searchbox', { name: 'Search' }).fill(meeting.title);
  await listRow(page, meeting.id).click();

  const pane = details(page);
  await expect(heading(page)).toHaveText(meeting.title);
  // Every quote, by outlet (the differences above repeat some of them).
  const wrote = pane.getByRole('region', { name: 'What the outlets wrote' });
  const quotes = wrote.locator('blockquote:visible');
  await expect(quotes).toHaveCount(shownQuotes.length);
  expect((await quotes.allTextContents()).map((t) => t.trim()).sort()).toEqual(
    shownQuotes.map((q) => q.text).sort(),
  );
  await expect(wrote.getByText(`${hiddenQuotes.length} more from hidden outlets`)).toBeVisible();
  // Selecting in the list selects on the timeline too.
  await expect(page.locator(`.vis-item.vis-selected [data-event-id="${meeting.id}"]`)).toHaveCount(
    1,
  );
});

test('Show in context reveals the paragraph with the quote marked', async ({ page, dataset }) => {
  const meeting = busiestEvent(dataset);
  const quote = meeting.quotes.find((q) => q.context.text.length > q.text.length + 20)!;
  await page.goto(`./?event=${meeting.id}`);
  const card = details(page).locator('blockquote', { hasText: quote.text }).locator('..');
  await card.getByRole('button', { name: 'Show in context' }).first().click();
  const marked = details(page).locator('mark.quote-in-context', { hasText: quote.text });
  await expect(marked).toBeVisible();
  await expect(marked.locator('..')).toContainText(quote.context.text);
});

test('Copy citation copies the quote with its source and confirms it', async ({
  page,
  context,
  dataset,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const meeting = busiestEvent(dataset);
  const quote = meeting.quotes[0]!;
  const article = dataset.articles.find((a) => a.id === quote.articleId)!;
  await page.goto(`./?event=${meeting.id}`);
  const card = details(page).locator('blockquote', { hasText: quote.text }).locator('..');
  await card.getByRole('button', { name: 'Copy citation' }).first().click();
  await expect(
    details(page).getByRole('status').filter({ hasText: 'Citation copied' }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(quote.text);
  expect(copied).toContain(outletOf(dataset, quote.outletId).name);
  expect(copied).toContain(article.headline);
});

test('a deep link restores the view and the URL follows changes', async ({ page, dataset }) => {
  const event = busiestEvent(dataset);
  // Two of its outlets, named in reverse order; one outlet off.
  const [first, second] = event.outletIds.map((id) => outletOf(dataset, id));
  const other = dataset.outlets.find((o) => o.id !== first!.id && o.id !== second!.id)!;
  const word = event.title
    .split(' ')
    .find((w) => /^[A-Za-z]{5,}$/.test(w))!
    .toLowerCase();
  const year = Number(event.date.start.slice(0, 4));
  const from = `${Math.max(2018, year - 1)}-06-01`;
  const to = `${Math.min(2026, year + 1)}-06-01`;
  await page.goto(
    `./?event=${event.id}&outlets=${second!.id},${first!.id}&q=${word}&from=${from}&to=${to}`,
  );
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(word);
  await expect(outletCheckbox(page, first!)).toBeChecked();
  await expect(outletCheckbox(page, second!)).toBeChecked();
  await expect(outletCheckbox(page, other)).not.toBeChecked();
  await expect(listRow(page, event.id)).toHaveAttribute('aria-current', 'true');
  await expect(heading(page)).toHaveText(event.title);
  // The canonical form lists outlets in dataset order.
  const inOrder = (ids: string[]) =>
    dataset.outlets
      .filter((o) => ids.includes(o.id))
      .map((o) => o.id)
      .join(',');
  await expect(page).toHaveURL(
    new RegExp(`outlets=${escapeRegExp(inOrder([first!.id, second!.id]))}(&|$)`),
  );
  await outletCheckbox(page, other).check();
  await expect(page).toHaveURL(
    new RegExp(`outlets=${escapeRegExp(inOrder([first!.id, second!.id, other.id]))}(&|$)`),
  );
});

test('unknown ids and malformed values are dropped and the URL corrected', async ({
  page,
  dataset,
}) => {
  await page.goto('./?event=no-such-event&outlets=bogus&themes=&from=2025-02-30&to=x&q=');
  // `themes=` (present, empty) is a valid view: every theme hidden. The rest is dropped.
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await expect(page).toHaveURL(/\?themes=$/);
  await page.goto('./?event=<script>alert(1)</script>&from=2030-01-01&to=2031-01-01');
  await expect(page).toHaveURL(/\/$/);
  await expectShownCount(page, dataset, dataset.events.length);
});

test('Back and Forward move between selected events', async ({ page, dataset }) => {
  const [first, second] = dataset.events;
  await page.goto('./');
  await listRow(page, first!.id).click();
  await expect(page).toHaveURL(new RegExp(`event=${first!.id}`));
  await listRow(page, second!.id).click();
  await expect(page).toHaveURL(new RegExp(`event=${second!.id}`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`event=${first!.id}`));
  await expect(heading(page)).toHaveText(first!.title);
  await page.goForward();
  await expect(heading(page)).toHaveText(second!.title);
});

test('the keyboard alone walks through the events', async ({ page, dataset }) => {
  const { events } = dataset;
  await page.goto('./');
  await expect(list(page)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText(events[0]!.title);
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText(events[1]!.title);
  // Focus follows the selection, visibly.
  await expect(listRow(page, events[1]!.id)).toBeFocused();
  await page.keyboard.press('End');
  await expect(heading(page)).toHaveText(events.at(-1)!.title);
  await expect(listRow(page, events.at(-1)!.id)).toBeFocused();
  await expect(listRow(page, events.at(-1)!.id)).toBeInViewport();
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText(events.at(-2)!.title);
  await page.keyboard.press('Home');
  await expect(heading(page)).toHaveText(events[0]!.title);
  await expect(listRow(page, events[0]!.id)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(heading(page)).toHaveCount(0);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test('search filters by title, summary and quote text, and marks the matches', async ({
  page,
  dataset,
}) => {
  const { term, matching } = searchTerm(dataset);
  await page.goto('./');
  await expect(list(page)).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type(term.toUpperCase());
  // Summaries and quotes are searched as their parts arrive: the count settles on all matches.
  await expectShownCount(page, dataset, matching.length, 20_000);
  await listRow(page, matching[0]!.id).click();
  await expect(details(page).locator('mark.search-match').first()).toHaveText(
    new RegExp(term, 'i'),
  );
  await expect(page).toHaveURL(new RegExp(`q=${term.toUpperCase()}`));
});

test('clicking an event on the timeline selects it in the list and scrolls it into view', async ({
  page,
  dataset,
}) => {
  const last = dataset.events.at(-1)!;
  // A week around it: few enough events there to draw each on its own.
  const day = (offset: number) =>
    new Date(Date.parse(`${last.date.start}T00:00:00Z`) + offset * 86_400_000)
      .toISOString()
      .slice(0, 10);
  const window = dataset.events.length > ALL_ROWS_UP_TO ? `?from=${day(-3)}&to=${day(3)}` : '';
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./${window}`);
  await expect(list(page)).toBeVisible();
  const row = listRow(page, last.id);
  await expect(row).not.toBeInViewport();
  await timelineBar(page, last.id).click();
  await expect(heading(page)).toHaveText(last.title);
  await expect(row).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeInViewport();
});

test('+ and − zoom the timeline, and the window is kept in the URL without new history', async ({
  page,
}) => {
  await page.goto('./');
  await expect(list(page)).toBeVisible();
  const historyLength = await page.evaluate(() => history.length);
  await page.keyboard.press('+');
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const zoomedIn = new URL(page.url()).searchParams;
  const span = (p: URLSearchParams) => Date.parse(p.get('to')!) - Date.parse(p.get('from')!);
  expect(span(zoomedIn)).toBeLessThan(Date.parse('2026-12-31') - Date.parse('2018-01-01'));
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect(page).not.toHaveURL(/from=/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await page.reload();
  await expect(list(page)).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=/);
  const url = page.url();
  await page.reload();
  await expect(list(page)).toBeVisible();
  await expect(page).toHaveURL(url);
});

test('screenshots at desktop and phone sizes', async ({ page, dataset }, testInfo) => {
  const meeting = busiestEvent(dataset);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./?event=${meeting.id}`);
  await expect(heading(page)).toBeVisible();
  await expect(details(page).getByRole('region', { name: 'What the outlets wrote' })).toBeVisible();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  const desktop = await page.screenshot({ path: testInfo.outputPath('explorer-1280x800.png') });
  await testInfo.attach('explorer-1280x800', { body: desktop, contentType: 'image/png' });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./?event=${meeting.id}`);
  await expect(heading(page)).toBeInViewport();
  const phone = await page.screenshot({ path: testInfo.outputPath('explorer-390x844.png') });
  await testInfo.attach('explorer-390x844', { body: phone, contentType: 'image/png' });
  await details(page).getByRole('button', { name: 'Close details' }).click();
  await expect(heading(page)).toHaveCount(0);
});
