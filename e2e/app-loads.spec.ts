import { expect, test } from '@playwright/test';
import { loadBuiltDataset } from './dataset.ts';

test('the built app loads the dataset and says how many events and outlets it holds', async ({
  page,
}) => {
  const dataset = loadBuiltDataset();
  const consoleErrors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && consoleErrors.push(m.text())));
  await page.goto('./');
  const header = page.getByRole('banner');
  await expect(header.getByRole('heading', { name: 'India–Canada relations' })).toBeVisible();
  await expect(header).toContainText(`${dataset.events.length} events`);
  await expect(header).toContainText(`${dataset.outlets.length} outlets`);
  await expect(header).toContainText('2018–2026');
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a dataset that cannot be fetched shows what failed and Retry recovers', async ({ page }) => {
  let failNext = true;
  await page.route('**/data/timeline.json', async (route) => {
    if (failNext) {
      failNext = false;
      await route.fulfill({ status: 500, body: 'oops' });
    } else {
      await route.continue();
    }
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('HTTP 500');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('banner')).toContainText('events');
});
