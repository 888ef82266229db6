import { expect, test, type Page } from '@playwright/test';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const outletName = (id: string) => dataset.outlets.find((o) => o.id === id)!.name;
const eventById = (id: string) => dataset.events.find((e) => e.id === id)!;
const list = (page: Page) => page.getByRole('list', { name: 'Events' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const timelineItem = (page: Page, id: string) =>
  page.locator(`.vis-timeline [data-event-id="${id}"]`);
/** The drawn item (a narrow bar hides its label, so the label itself may have no size). */
const timelineBar = (page: Page, id: string) =>
  page.locator('.vis-timeline .vis-item', { has: page.locator(`[data-event-id="${id}"]`) });

/** The busiest event: all five outlets, with differences between them. */
const MEETING = dataset.events.reduce((a, b) => (b.quotes.length > a.quotes.length ? b : a));

test('every event appears in the list and on the timeline, in date order', async ({ page }) => {
  await page.goto('./');
  const rows = list(page).getByRole('listitem');
  await expect(rows).toHaveCount(dataset.events.length);
  await expect(rows.first()).toContainText(dataset.events[0]!.title);
  await expect(rows.last()).toContainText(dataset.events.at(-1)!.title);
  for (const event of dataset.events) {
    await expect(timelineItem(page, event.id), event.id).toHaveCount(1);
  }
  await expect(page.locator('.vis-timeline')).toHaveCount(1);
});

test('switching an outlet off hides the events only it quoted and updates the counts', async ({
  page,
}) => {
  await page.goto('./');
  const outlet = dataset.outlets.find((o) =>
    dataset.events.some((e) => e.outletIds.join() === o.id),
  )!;
  const onlyIt = dataset.events.filter((e) => e.outletIds.join() === outlet.id);
  const alsoOthers = dataset.events.filter(
    (e) => e.outletIds.includes(outlet.id) && e.outletIds.length > 1,
  );

  await page.getByRole('checkbox', { name: new RegExp(`^${outlet.name}`) }).uncheck();

  await expect(list(page).getByRole('listitem')).toHaveCount(dataset.events.length - onlyIt.length);
  for (const event of onlyIt) await expect(timelineItem(page, event.id)).toHaveCount(0);
  for (const event of alsoOthers) await expect(timelineItem(page, event.id)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'events shown' })).toHaveText(
    `${dataset.events.length - onlyIt.length} of ${dataset.events.length} events shown`,
  );
  // Theme counts follow the outlet filter.
  for (const theme of dataset.themes) {
    const count = dataset.events.filter(
      (e) => e.themes.includes(theme.id) && e.outletIds.some((id) => id !== outlet.id),
    ).length;
    await expect(
      page.getByRole('checkbox', { name: new RegExp(`^${theme.label}`) }),
    ).toHaveAccessibleName(new RegExp(`, ${count} events?$`));
  }
});

test('"only" and None / All change the outlet filters at once', async ({ page }) => {
  await page.goto('./');
  const solo = dataset.outlets[1]!;
  await page.getByRole('button', { name: `Only ${solo.name}` }).click();
  await expect(list(page).getByRole('listitem')).toHaveCount(
    dataset.events.filter((e) => e.outletIds.includes(solo.id)).length,
  );
  await page.getByRole('button', { name: 'Hide all outlets' }).click();
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Reset filters and search' }).click();
  await expect(list(page).getByRole('listitem')).toHaveCount(dataset.events.length);
});

test('selecting an event shows exactly the shown outlets’ quotes, verbatim', async ({ page }) => {
  const hidden = MEETING.outletIds[0]!;
  const shownQuotes = MEETING.quotes.filter((q) => q.outletId !== hidden);
  const hiddenQuotes = MEETING.quotes.filter((q) => q.outletId === hidden);
  await page.goto('./');
  await page.getByRole('checkbox', { name: new RegExp(`^${outletName(hidden)}`) }).uncheck();
  await list(page)
    .getByRole('button', { name: new RegExp(MEETING.title.slice(0, 30)) })
    .click();

  const pane = details(page);
  await expect(pane.getByRole('heading', { level: 2 })).toHaveText(MEETING.title);
  // Every quote, by outlet (the differences above repeat some of them).
  const wrote = pane.getByRole('region', { name: 'What the outlets wrote' });
  const quotes = wrote.locator('blockquote:visible');
  await expect(quotes).toHaveCount(shownQuotes.length);
  expect((await quotes.allTextContents()).map((t) => t.trim()).sort()).toEqual(
    shownQuotes.map((q) => q.text).sort(),
  );
  await expect(wrote.getByText(`${hiddenQuotes.length} more from hidden outlets`)).toBeVisible();
  // Selecting in the list selects on the timeline too.
  await expect(page.locator('.vis-item.vis-box.vis-selected')).toContainText(
    MEETING.title.slice(0, 20),
  );
});

test('Show in context reveals the paragraph with the quote marked', async ({ page }) => {
  const quote = MEETING.quotes.find((q) => q.context.text.length > q.text.length + 20)!;
  await page.goto(`./?event=${MEETING.id}`);
  const card = details(page).locator('blockquote', { hasText: quote.text }).locator('..');
  await card.getByRole('button', { name: 'Show in context' }).first().click();
  const marked = details(page).locator('mark.quote-in-context', { hasText: quote.text });
  await expect(marked).toBeVisible();
  await expect(marked.locator('..')).toContainText(quote.context.text);
});

test('Copy citation copies the quote with its source and confirms it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const quote = MEETING.quotes[0]!;
  const article = dataset.articles.find((a) => a.id === quote.articleId)!;
  await page.goto(`./?event=${MEETING.id}`);
  const card = details(page).locator('blockquote', { hasText: quote.text }).locator('..');
  await card.getByRole('button', { name: 'Copy citation' }).first().click();
  await expect(
    details(page).getByRole('status').filter({ hasText: 'Citation copied' }),
  ).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(quote.text);
  expect(copied).toContain(outletName(quote.outletId));
  expect(copied).toContain(article.headline);
});

test('a deep link restores the view and the URL follows changes', async ({ page }) => {
  const event = eventById('2026-02-07-doval-drouin-meeting');
  await page.goto(`./?event=${event.id}&outlets=wion,ndtv&q=liaison&from=2025-06-01&to=2026-06-01`);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('liaison');
  await expect(page.getByRole('checkbox', { name: /^WION/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^NDTV/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Zee News/ })).not.toBeChecked();
  await expect(
    list(page).getByRole('button', { name: new RegExp(event.title.slice(0, 20)) }),
  ).toHaveAttribute('aria-current', 'true');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(event.title);
  // The canonical form lists outlets in dataset order.
  await expect(page).toHaveURL(/outlets=ndtv,wion/);
  await page.getByRole('checkbox', { name: /^Zee News/ }).check();
  await expect(page).toHaveURL(
    /outlets=ndtv,zee-news,wion|outlets=ndtv,wion,zee-news|outlets=zee-news,ndtv,wion/,
  );
});

test('unknown ids and malformed values are dropped and the URL corrected', async ({ page }) => {
  await page.goto('./?event=no-such-event&outlets=bogus&themes=&from=2025-02-30&to=x&q=');
  // `themes=` (present, empty) is a valid view: every theme hidden. The rest is dropped.
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await expect(page).toHaveURL(/\?themes=$/);
  await page.goto('./?event=<script>alert(1)</script>&from=2030-01-01&to=2031-01-01');
  await expect(page).toHaveURL(/\/$/);
  await expect(list(page).getByRole('listitem')).toHaveCount(dataset.events.length);
});

test('Back and Forward move between selected events', async ({ page }) => {
  const [first, second] = dataset.events;
  await page.goto('./');
  await list(page)
    .getByRole('button', { name: new RegExp(first!.title.slice(0, 25)) })
    .click();
  await expect(page).toHaveURL(new RegExp(`event=${first!.id}`));
  await list(page)
    .getByRole('button', { name: new RegExp(second!.title.slice(0, 25)) })
    .click();
  await expect(page).toHaveURL(new RegExp(`event=${second!.id}`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`event=${first!.id}`));
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(first!.title);
  await page.goForward();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(second!.title);
});

test('the keyboard alone walks through the events', async ({ page }) => {
  const events = dataset.events;
  await page.goto('./');
  await expect(list(page)).toBeVisible();
  const heading = details(page).getByRole('heading', { level: 2 });
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(events[0]!.title);
  await page.keyboard.press('ArrowRight');
  await expect(heading).toHaveText(events[1]!.title);
  // Focus follows the selection, visibly.
  await expect(
    list(page).getByRole('button', { name: new RegExp(events[1]!.title.slice(0, 25)) }),
  ).toBeFocused();
  await page.keyboard.press('End');
  await expect(heading).toHaveText(events.at(-1)!.title);
  await page.keyboard.press('ArrowLeft');
  await expect(heading).toHaveText(events.at(-2)!.title);
  await page.keyboard.press('Home');
  await expect(heading).toHaveText(events[0]!.title);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(heading).toHaveCount(0);
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
});

test('search filters by title, summary and quote text, and marks the matches', async ({ page }) => {
  await page.goto('./');
  await expect(list(page)).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type('FENTANYL');
  const matching = dataset.events.filter((e) =>
    [e.title, e.summary, ...e.quotes.map((q) => q.text)]
      .join(' ')
      .toLowerCase()
      .includes('fentanyl'),
  );
  await expect(list(page).getByRole('listitem')).toHaveCount(matching.length);
  await list(page).getByRole('button').first().click();
  await expect(details(page).locator('mark.search-match').first()).toHaveText(/fentanyl/i);
  await expect(page).toHaveURL(/q=FENTANYL/);
});

test('clicking an event on the timeline selects it in the list and scrolls it into view', async ({
  page,
}) => {
  const last = dataset.events.at(-1)!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const row = list(page).getByRole('button', { name: new RegExp(last.title.slice(0, 20)) });
  await expect(row).not.toBeInViewport();
  await timelineBar(page, last.id).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(last.title);
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

test('screenshots at desktop and phone sizes', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./?event=${MEETING.id}`);
  await expect(details(page).getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  const desktop = await page.screenshot({ path: testInfo.outputPath('explorer-1280x800.png') });
  await testInfo.attach('explorer-1280x800', { body: desktop, contentType: 'image/png' });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`./?event=${MEETING.id}`);
  const pane = details(page);
  await expect(pane.getByRole('heading', { level: 2 })).toBeInViewport();
  const phone = await page.screenshot({ path: testInfo.outputPath('explorer-390x844.png') });
  await testInfo.attach('explorer-390x844', { body: phone, contentType: 'image/png' });
  await pane.getByRole('button', { name: 'Close details' }).click();
  await expect(pane.getByRole('heading', { level: 2 })).toHaveCount(0);
});
