import { expect, test, type Page } from '@playwright/test';
import type { FullEvent as TimelineEvent } from '../src/dataset/schema.ts';
import { formatEventDate } from '../src/lib/format-date.ts';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Three events spread over the range, so the pack order differs from date order. */
const [A, B, C] = [0.2, 0.5, 0.8].map(
  (f) => dataset.events[Math.floor(f * (dataset.events.length - 1))]!,
) as [TimelineEvent, TimelineEvent, TimelineEvent];

const list = (page: Page) => page.getByRole('list', { name: 'Events' });
const row = (page: Page, event: TimelineEvent) =>
  list(page).getByRole('button', { name: new RegExp(escape(event.title)) });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const packButton = (page: Page) =>
  page.getByRole('toolbar', { name: 'Briefing' }).getByRole('button', { name: /Pack \(\d+\)/ });
const panel = (page: Page) => page.getByRole('region', { name: 'Briefing pack' });
const items = (page: Page) => panel(page).getByRole('list', { name: 'Pack items' });
const item = (page: Page, event: TimelineEvent) =>
  items(page).getByRole('listitem', { name: event.title, exact: true });
const note = (page: Page, event: TimelineEvent) =>
  panel(page).getByRole('textbox', { name: `Speaker note for “${event.title}”` });

/** The pack's events as the panel shows them, in order. */
async function expectOrder(page: Page, events: TimelineEvent[]) {
  await expect(items(page).getByRole('heading', { level: 3 })).toHaveText(
    events.map((e) => e.title),
  );
}

/** Stars each event from its details pane. */
async function star(page: Page, events: TimelineEvent[]) {
  for (const event of events) {
    await row(page, event).click();
    await details(page).getByRole('button', { name: 'Add to pack' }).click();
  }
}

async function openPanel(page: Page) {
  await packButton(page).click();
  await expect(panel(page).getByRole('heading', { name: 'Briefing pack' })).toBeFocused();
}

test('starring by button and by S adds to the pack, counts it and marks the list', async ({
  page,
}) => {
  await page.goto('./');
  await expect(packButton(page)).toHaveAccessibleName('Pack (0)');

  await row(page, A).click();
  const starA = details(page).getByRole('button', { name: 'Add to pack' });
  await expect(starA).toHaveAttribute('aria-pressed', 'false');
  await starA.click();
  await expect(details(page).getByRole('button', { name: 'In pack' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(packButton(page)).toHaveAccessibleName('Pack (1)');

  // S stars the selected event, with the focus on the list.
  await row(page, B).click();
  await page.keyboard.press('s');
  await expect(packButton(page)).toHaveAccessibleName('Pack (2)');
  await row(page, C).click();
  await page.keyboard.press('s');
  await expect(packButton(page)).toHaveAccessibleName('Pack (3)');
  await expect(details(page).getByRole('button', { name: 'In pack' })).toBeVisible();

  for (const event of [A, B, C]) await expect(row(page, event)).toHaveAccessibleName(/, in pack$/);
  await expect(list(page).getByRole('button', { name: /, in pack$/ })).toHaveCount(3);

  // S again takes it out; typing an "s" in the search box does not.
  await page.keyboard.press('s');
  await expect(packButton(page)).toHaveAccessibleName('Pack (2)');
  await expect(row(page, C)).not.toHaveAccessibleName(/, in pack$/);
  await page.getByRole('searchbox', { name: 'Search' }).fill('s');
  await expect(packButton(page)).toHaveAccessibleName('Pack (2)');
});

test('an empty pack panel explains how to star events', async ({ page }) => {
  await page.goto('./');
  await openPanel(page);
  await expect(panel(page)).toContainText('No events in this pack yet.');
  await expect(panel(page)).toContainText('Add to pack');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(packButton(page)).toBeFocused();
});

test('the pack is reordered by Move buttons, Alt+arrow keys and dragging', async ({ page }) => {
  await page.goto('./');
  await star(page, [A, B, C]);
  await openPanel(page);
  await expectOrder(page, [A, B, C]);
  // Each item shows its date at its precision.
  await expect(item(page, B)).toContainText(formatEventDate(B.date));

  const status = panel(page).getByRole('status').filter({ hasText: 'Moved' });
  await panel(page)
    .getByRole('button', { name: `Move up: ${C.title}` })
    .click();
  await expectOrder(page, [A, C, B]);
  await expect(status).toHaveText(`Moved “${C.title}” to position 2 of 3`);
  await expect(panel(page).getByRole('button', { name: `Move up: ${C.title}` })).toBeFocused();

  await panel(page)
    .getByRole('button', { name: `Move down: ${A.title}` })
    .click();
  await expectOrder(page, [C, A, B]);

  // Alt+↑ on a focused item; the focus stays with the item.
  await item(page, B).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expectOrder(page, [C, B, A]);
  await expect(item(page, B)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expectOrder(page, [B, C, A]);
  await expect(item(page, B)).toBeFocused();
  await expect(status).toHaveText(`Moved “${B.title}” to position 1 of 3`);
  await page.keyboard.press('Alt+ArrowDown');
  await expectOrder(page, [C, B, A]);

  // Drag A's handle onto the top half of the first item.
  const box = (await item(page, C).boundingBox())!;
  await item(page, A)
    .getByTitle('Drag to reorder')
    .dragTo(item(page, C), { targetPosition: { x: box.width / 2, y: 4 } });
  await expectOrder(page, [A, C, B]);
  // And A's onto the bottom half of the last.
  const last = (await item(page, B).boundingBox())!;
  await item(page, A)
    .getByTitle('Drag to reorder')
    .dragTo(item(page, B), { targetPosition: { x: last.width / 2, y: last.height - 4 } });
  await expectOrder(page, [C, B, A]);
});

test('Remove takes an event out of the pack and keeps the focus in the list', async ({ page }) => {
  await page.goto('./');
  await star(page, [A, B, C]);
  await openPanel(page);
  await panel(page)
    .getByRole('button', { name: `Remove: ${B.title}` })
    .click();
  await expectOrder(page, [A, C]);
  await expect(item(page, C)).toBeFocused();
  await expect(panel(page).getByRole('status').filter({ hasText: 'Removed' })).toHaveText(
    `Removed “${B.title}” from the pack`,
  );
  await expect(packButton(page)).toHaveAccessibleName('Pack (2)');
  await expect(row(page, B)).not.toHaveAccessibleName(/, in pack$/);
  await panel(page)
    .getByRole('button', { name: `Remove: ${C.title}` })
    .click();
  await panel(page)
    .getByRole('button', { name: `Remove: ${A.title}` })
    .click();
  await expect(panel(page)).toContainText('No events in this pack yet.');
  await expect(panel(page).getByRole('region', { name: 'Events in the pack' })).toBeFocused();
});

test('title, notes and order persist across a reload', async ({ page }) => {
  await page.goto('./');
  await star(page, [A, B]);
  await openPanel(page);
  await panel(page).getByRole('textbox', { name: 'Pack title' }).fill('Cabinet brief: the reset');
  await note(page, B).fill('Lead with this — the first meeting since the expulsions.');
  await panel(page)
    .getByRole('button', { name: `Move up: ${B.title}` })
    .click();

  await page.reload();
  await expect(packButton(page)).toHaveAccessibleName('Pack (2)');
  for (const event of [A, B]) await expect(row(page, event)).toHaveAccessibleName(/, in pack$/);
  await openPanel(page);
  await expect(panel(page).getByRole('textbox', { name: 'Pack title' })).toHaveValue(
    'Cabinet brief: the reset',
  );
  await expectOrder(page, [B, A]);
  await expect(note(page, B)).toHaveValue(
    'Lead with this — the first meeting since the expulsions.',
  );
  await expect(note(page, A)).toHaveValue('');
});

test('Copy pack link opens the same pack in a fresh browser, beside its own packs', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await star(page, [A, B, C]);
  await openPanel(page);
  await panel(page).getByRole('textbox', { name: 'Pack title' }).fill('Ottawa talks “brief”');
  await panel(page)
    .getByRole('button', { name: `Move up: ${C.title}` })
    .click();
  await note(page, C).fill('Start here.\nThen the outcome.');
  await note(page, A).fill('Background only');
  await panel(page).getByRole('button', { name: 'Copy pack link' }).click();
  await expect(
    panel(page).getByRole('status').filter({ hasText: 'Pack link copied' }),
  ).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('pack')).toBeTruthy();

  // A reader with no packs at all.
  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  await reader.goto(link);
  await expect(packButton(reader)).toHaveAccessibleName('Pack (3) in effect');
  await openPanel(reader);
  await expect(panel(reader).getByRole('textbox', { name: 'Pack title' })).toHaveValue(
    'Ottawa talks “brief”',
  );
  await expectOrder(reader, [A, C, B]);
  await expect(note(reader, C)).toHaveValue('Start here.\nThen the outcome.');
  await expect(note(reader, A)).toHaveValue('Background only');
  await expect(note(reader, B)).toHaveValue('');
  await expect(panel(reader).getByRole('radio', { name: 'Briefing pack' })).toBeChecked();
  await fresh.close();

  // A reader with a pack of their own keeps it, and gets the linked one beside it.
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto('./');
  await star(colleague, [B]);
  await colleague.goto(link);
  await expect(packButton(colleague)).toHaveAccessibleName('Pack (3) in effect');
  await openPanel(colleague);
  const switcher = panel(colleague).getByRole('combobox', { name: 'Active pack' });
  await expect(switcher.getByRole('option')).toHaveText([
    'Briefing pack (1)',
    'Ottawa talks “brief” (3)',
  ]);
  await switcher.selectOption({ label: 'Briefing pack (1)' });
  await expectOrder(colleague, [B]);
  await expect(packButton(colleague)).toHaveAccessibleName('Pack (1) in effect');
  await other.close();
});

test('the scope choice puts the pack in effect, in the URL and the toolbar', async ({ page }) => {
  await page.goto('./');
  await star(page, [A, B]);
  await openPanel(page);
  const scope = panel(page).getByRole('radiogroup', { name: 'Present and export' });
  await expect(scope.getByRole('radio', { name: 'Current view' })).toBeChecked();
  expect(new URL(page.url()).searchParams.has('pack')).toBe(false);

  await scope.getByRole('radio', { name: 'Briefing pack' }).check();
  await expect(packButton(page)).toHaveAccessibleName('Pack (2) in effect');
  await expect(page).toHaveURL(/[?&]pack=/);
  // Edits to the pack follow into the link.
  const before = page.url();
  await note(page, A).fill('x');
  await expect(page).not.toHaveURL(before);

  await scope.getByRole('radio', { name: 'Current view' }).check();
  await expect(packButton(page)).toHaveAccessibleName('Pack (2)');
  await expect(page).not.toHaveURL(/[?&]pack=/);

  await panel(page).getByRole('button', { name: 'Present pack' }).click();
  await expect(page).toHaveURL(/[?&]present=1/);
  await expect(page).toHaveURL(/[?&]pack=/);
  await expect(packButton(page)).toHaveAccessibleName('Pack (2) in effect');
});

test('packs can be added, switched and deleted after a confirmation', async ({ page }) => {
  await page.goto('./');
  await star(page, [A]);
  await openPanel(page);
  await panel(page).getByRole('button', { name: 'New pack' }).click();
  const title = panel(page).getByRole('textbox', { name: 'Pack title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Briefing pack 2');
  await expect(panel(page)).toContainText('No events in this pack yet.');
  await expect(packButton(page)).toHaveAccessibleName('Pack (0)');
  await expect(row(page, A)).not.toHaveAccessibleName(/, in pack$/);

  await panel(page).getByRole('button', { name: 'Delete pack' }).click();
  const confirm = panel(page).getByRole('group', { name: 'Confirm deleting the pack' });
  await expect(confirm).toContainText('Delete “Briefing pack 2”');
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(panel(page).getByRole('combobox', { name: 'Active pack' })).toHaveValue(/.+/);
  await panel(page).getByRole('button', { name: 'Delete pack' }).click();
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(panel(page).getByRole('combobox', { name: 'Active pack' })).toHaveCount(0);
  await expect(packButton(page)).toHaveAccessibleName('Pack (1)');
  await expectOrder(page, [A]);
});

test('screenshots of the pack panel, light and dark, desktop and phone', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await star(page, [A, B, C]);
  // On a phone the Pack button is in reach in the header.
  await page.setViewportSize({ width: 390, height: 844 });
  await details(page).getByRole('button', { name: 'Close details' }).click();
  await expect(packButton(page)).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('toolbar-390x844.png') });
  await openPanel(page);
  await panel(page).getByRole('textbox', { name: 'Pack title' }).fill('Cabinet brief');
  await note(page, B).fill('Lead with the thaw; keep the quotes short.');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await expect(panel(page)).toBeInViewport();
      const name = `pack-panel-${width}x${height}-${colorScheme}`;
      const shot = await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
      await testInfo.attach(name, { body: shot, contentType: 'image/png' });
    }
  }
});
