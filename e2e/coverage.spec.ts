import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectedCellText, quoteCount, quotesLabel } from './coverage-expectations.ts';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const grid = (page: Page) => page.getByRole('grid', { name: 'Coverage' });
const bodyRows = (page: Page) => grid(page).locator('tbody').getByRole('row');
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const viewButton = (page: Page, name: 'Timeline' | 'Coverage') =>
  page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true });

/** In view and not under anything else (such as the detail pane's sticky Close button). */
async function expectUncovered(locator: Locator) {
  await expect(locator).toBeInViewport();
  const covered = await locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const y = box.top + box.height / 2;
    return [box.left + 2, box.left + box.width / 2, box.right - 2].some(
      (x) => !el.contains(document.elementFromPoint(x, y)),
    );
  });
  expect(covered, 'covered by another element').toBe(false);
}

/** Row and column (in the whole table, headers included) of the cell holding the focus. */
const focusedCell = (page: Page) =>
  page.evaluate(() => {
    const cell = document.activeElement?.closest('td, th');
    const row = cell?.closest('tr');
    return cell instanceof HTMLTableCellElement && row instanceof HTMLTableRowElement
      ? [row.rowIndex, cell.cellIndex]
      : null;
  });

test('one row per event and one column per outlet, with the dataset’s counts, silences and totals', async ({
  page,
}) => {
  await page.goto('./?view=coverage');
  const { events, outlets } = dataset;
  await expect(bodyRows(page)).toHaveCount(events.length);
  await expect(grid(page).getByRole('columnheader')).toHaveText([
    'Event',
    ...outlets.map((o) => `${o.name}, ${o.country ?? 'country not stated'}`),
    'Outlets reporting',
  ]);
  let silences = 0;
  for (const [i, event] of events.entries()) {
    const row = bodyRows(page).nth(i);
    await expect(row.getByRole('rowheader')).toContainText(event.title);
    const reporting = outlets.filter((o) => quoteCount(event, o.id) > 0).length;
    const cells = outlets.map((o) => expectedCellText(event, o.id));
    silences += cells.filter((text) => text === 'not mentioned').length;
    await expect(row.getByRole('gridcell'), event.id).toHaveText([...cells, String(reporting)]);
  }
  // The dataset has silences, so the test above has checked some.
  expect(silences).toBeGreaterThan(0);
  const footer = grid(page).locator('tfoot').getByRole('gridcell');
  await expect(footer).toHaveText([
    ...outlets.map((o) => String(events.filter((e) => quoteCount(e, o.id) > 0).length)),
    quotesLabel(events.reduce((n, e) => n + e.quotes.length, 0)),
  ]);
});

test('switching an outlet off removes its column', async ({ page }) => {
  await page.goto('./?view=coverage');
  const outlet = dataset.outlets[0]!;
  await expect(grid(page).getByRole('columnheader', { name: outlet.name })).toHaveCount(1);
  await page.getByRole('checkbox', { name: new RegExp(`^${outlet.name}`) }).uncheck();
  const headers = grid(page).getByRole('columnheader');
  await expect(headers).toHaveCount(dataset.outlets.length + 1);
  await expect(headers.filter({ hasText: outlet.name })).toHaveCount(0);
  const stillShown = dataset.events.filter((e) => e.outletIds.some((id) => id !== outlet.id));
  await expect(bodyRows(page)).toHaveCount(stillShown.length);
});

test('a search narrows the rows to the events the timeline view lists', async ({ page }) => {
  await page.goto('./?view=coverage');
  // A word from one event's title that not every event mentions.
  const word = dataset.events
    .flatMap((e) => e.title.split(/\W+/))
    .find(
      (w) =>
        w.length > 5 &&
        dataset.events.filter((e) => e.title.includes(w)).length < dataset.events.length / 2,
    )!;
  await expect(bodyRows(page)).toHaveCount(dataset.events.length);
  await page.getByRole('searchbox', { name: 'Search' }).fill(word);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}(&|$)`));
  await expect(bodyRows(page)).not.toHaveCount(dataset.events.length);
  const titles = await bodyRows(page).getByRole('rowheader').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  await viewButton(page, 'Timeline').click();
  const listed = page.getByRole('list', { name: 'Events' }).getByRole('listitem');
  await expect(listed).toHaveCount(titles.length);
  for (const [i, title] of titles.entries()) {
    const event = dataset.events.find((e) => title.endsWith(e.title))!;
    await expect(listed.nth(i)).toContainText(event.title);
  }
});

test('clicking a quoted cell opens the event with that outlet’s quotes in view', async ({
  page,
}) => {
  // The event with the most outlets, and the last of them: furthest down the detail pane.
  const event = dataset.events.reduce((a, b) => (b.outletIds.length > a.outletIds.length ? b : a));
  const outlet = dataset.outlets.filter((o) => quoteCount(event, o.id) > 0).at(-1)!;
  const column = dataset.outlets.indexOf(outlet);
  await page.goto('./?view=coverage');
  const row = bodyRows(page).nth(dataset.events.indexOf(event));
  await row.getByRole('gridcell').nth(column).getByRole('button').click();

  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(event.title);
  await expect(row).toHaveAttribute('aria-selected', 'true');
  const group = details(page).getByRole('region', { name: outlet.name });
  await expectUncovered(group.getByRole('heading', { name: outlet.name }));
  await expect(group.getByRole('listitem')).toHaveCount(quoteCount(event, outlet.id));
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|$)`));
});

test('a column header solos its outlet and shows the timeline', async ({ page }) => {
  const outlet = dataset.outlets[1]!;
  await page.goto('./?view=coverage');
  await grid(page).getByRole('columnheader', { name: outlet.name }).getByRole('button').click();
  await expect(grid(page)).toHaveCount(0);
  await expect(viewButton(page, 'Timeline')).toHaveAttribute('aria-pressed', 'true');
  // The focus was on the header that went; it lands on the switch, not the page's top.
  await expect(viewButton(page, 'Timeline')).toBeFocused();
  await expect(page.locator('.vis-timeline')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(
    dataset.events.filter((e) => e.outletIds.includes(outlet.id)).length,
  );
  for (const other of dataset.outlets) {
    await expect(page.getByRole('checkbox', { name: new RegExp(`^${other.name}`) })).toBeChecked({
      checked: other.id === outlet.id,
    });
  }
  // Back returns to the matrix as it was.
  await page.goBack();
  await expect(grid(page).getByRole('columnheader')).toHaveCount(dataset.outlets.length + 2);
});

test('the grid is one tab stop; arrows, Home and End move the focused cell; Enter opens the event', async ({
  page,
}) => {
  await page.goto('./?view=coverage');
  await expect(grid(page)).toBeVisible();
  const lastRow = dataset.events.length + 1;
  const lastColumn = dataset.outlets.length + 1;
  await expect(grid(page).locator('[tabindex="0"]')).toHaveCount(1);

  await page.getByRole('searchbox', { name: 'Search' }).focus();
  // Past the briefing toolbar and filters, the grid is reached by Tab on its single stop.
  await grid(page).locator('[tabindex="0"]').focus();
  expect(await focusedCell(page)).toEqual([0, 0]);
  await page.keyboard.press('ArrowDown');
  expect(await focusedCell(page)).toEqual([1, 0]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await focusedCell(page)).toEqual([1, 2]);
  await page.keyboard.press('End');
  expect(await focusedCell(page)).toEqual([1, lastColumn]);
  await page.keyboard.press('ArrowRight');
  expect(await focusedCell(page)).toEqual([1, lastColumn]);
  await page.keyboard.press('Home');
  expect(await focusedCell(page)).toEqual([1, 0]);
  await page.keyboard.press('Control+End');
  expect(await focusedCell(page)).toEqual([lastRow, lastColumn]);
  await page.keyboard.press('Control+Home');
  expect(await focusedCell(page)).toEqual([0, 0]);
  await expect(grid(page).locator('[tabindex="0"]')).toHaveCount(1);
  // The arrows moved the focus only: no event was selected on the way.
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveCount(0);

  // Tab leaves the grid and Shift+Tab comes back to the same cell.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  expect(await focusedCell(page)).toBeNull();
  await page.keyboard.press('Shift+Tab');
  expect(await focusedCell(page)).toEqual([2, 0]);

  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    dataset.events[1]!.title,
  );
  await expect(bodyRows(page).nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('the view switch moves between timeline and coverage, and Back/Forward follow', async ({
  page,
}) => {
  await page.goto('./');
  await expect(viewButton(page, 'Timeline')).toHaveAttribute('aria-pressed', 'true');
  await viewButton(page, 'Coverage').click();
  await expect(page).toHaveURL(/[?&]view=coverage(&|$)/);
  await expect(grid(page)).toBeVisible();
  await expect(page.locator('.vis-timeline')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Events' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
  await expect(viewButton(page, 'Coverage')).toHaveAttribute('aria-pressed', 'true');

  await page.goBack();
  await expect(page).not.toHaveURL(/view=coverage/);
  await expect(grid(page)).toHaveCount(0);
  await expect(page.locator('.vis-timeline')).toHaveCount(1);
  await page.goForward();
  await expect(grid(page)).toBeVisible();
  await viewButton(page, 'Timeline').click();
  await expect(page.locator('.vis-timeline')).toHaveCount(1);
  await expect(page).not.toHaveURL(/view=coverage/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`coverage screenshots at desktop and phone sizes, ${colorScheme}`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    const event = dataset.events.reduce((a, b) => (b.quotes.length > a.quotes.length ? b : a));
    const outlet = dataset.outlets.filter((o) => quoteCount(event, o.id) > 0).at(-1)!;
    const row = bodyRows(page).nth(dataset.events.indexOf(event));
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?view=coverage&event=${event.id}`);
    // A shared link's event is highlighted and scrolled into view.
    await expect(row).toHaveAttribute('aria-selected', 'true');
    await expect(row.getByRole('rowheader')).toBeInViewport();
    await row
      .getByRole('gridcell')
      .nth(dataset.outlets.indexOf(outlet))
      .getByRole('button')
      .focus();
    await page.keyboard.press('Enter');
    await expectUncovered(details(page).getByRole('heading', { name: outlet.name }));
    await page.screenshot({ path: testInfo.outputPath(`coverage-1280x800-${colorScheme}.png`) });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?view=coverage');
    await expect(grid(page)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`coverage-390x844-${colorScheme}.png`) });
    // Scrolled both ways: the header row and the event column stay at the box's edges.
    const box = page.locator('.coverage-scroll');
    await box.evaluate((el) => el.scrollTo(200, 300));
    await page.screenshot({
      path: testInfo.outputPath(`coverage-390x844-scrolled-${colorScheme}.png`),
    });
    const edges = (await box.boundingBox())!;
    const header = (await grid(page).getByRole('columnheader').nth(1).boundingBox())!;
    const rowHeader = (await bodyRows(page).nth(4).getByRole('rowheader').boundingBox())!;
    expect(Math.abs(header.y - edges.y)).toBeLessThan(2);
    expect(Math.abs(rowHeader.x - edges.x)).toBeLessThan(2);
    // On a phone the quotes open in the bottom sheet, at the outlet's group.
    await row
      .getByRole('gridcell')
      .nth(dataset.outlets.indexOf(outlet))
      .getByRole('button')
      .click();
    await expectUncovered(details(page).getByRole('heading', { name: outlet.name }));
    await page.screenshot({
      path: testInfo.outputPath(`coverage-390x844-quotes-${colorScheme}.png`),
    });
  });
}
