import { expect, test, type Page } from '@playwright/test';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const panel = (page: Page) => page.getByRole('region', { name: 'Outlets', exact: true });
const outletsButton = (page: Page) => page.getByRole('button', { name: 'Outlets', exact: true });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

test('the outlets panel lists each outlet with its country, articles, event counts and span', async ({
  page,
}) => {
  await page.goto('./');
  await outletsButton(page).click();
  await expect(panel(page).getByRole('heading', { name: 'Outlets', level: 2 })).toBeFocused();
  for (const outlet of dataset.outlets) {
    const entry = panel(page).getByRole('region', { name: outlet.name, exact: true });
    const events = dataset.events.filter((e) => e.outletIds.includes(outlet.id));
    const quotes = dataset.events.flatMap((e) => e.quotes).filter((q) => q.outletId === outlet.id);
    await expect(entry).toContainText(`Country${outlet.country ?? 'Not stated in the corpus'}`);
    await expect(entry).toContainText(
      `Events reported${events.length} (${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'})`,
    );
    await expect(entry.getByRole('button').first()).toContainText(events[0]!.title);
    await expect(entry.getByRole('button').last()).toContainText(events.at(-1)!.title);
    const articles = dataset.articles.filter((a) => a.outletId === outlet.id);
    await expect(entry.getByRole('listitem')).toHaveCount(articles.length);
    for (const article of articles) {
      const item = entry.getByRole('listitem').filter({ hasText: article.headline });
      await expect(item).toHaveCount(1);
      if (article.url) {
        const link = item.getByRole('link', { name: /opens in a new tab/ });
        await expect(link).toHaveAttribute('href', article.url);
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      } else {
        await expect(item.getByRole('link')).toHaveCount(0);
        await expect(item).toContainText('Source URL unknown');
      }
    }
  }
});

test('an outlet’s first event opens in the details, and the focus returns to Outlets', async ({
  page,
}) => {
  const outlet = dataset.outlets[0]!;
  const first = dataset.events.find((e) => e.outletIds.includes(outlet.id))!;
  await page.goto('./');
  await outletsButton(page).click();
  const entry = panel(page).getByRole('region', { name: outlet.name, exact: true });
  await entry.getByRole('button', { name: new RegExp(escapeRegExp(first.title)) }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(details(page).getByRole('heading', { name: first.title })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${first.id}`));
  await expect(outletsButton(page)).toBeFocused();
});

test('Esc closes the outlets panel and leaves the event details open', async ({ page }) => {
  const event = dataset.events[0]!;
  await page.goto(`./?event=${event.id}`);
  await outletsButton(page).click();
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(details(page).getByRole('heading', { name: event.title })).toBeVisible();
  await expect(outletsButton(page)).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`outlets panel screenshots, ${colorScheme}`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('./');
      await outletsButton(page).click();
      await expect(panel(page)).toBeInViewport();
      await page.screenshot({
        path: testInfo.outputPath(`outlets-${width}x${height}-${colorScheme}.png`),
      });
    }
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
