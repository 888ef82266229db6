import { expect, test, type Page } from '@playwright/test';
import {
  BROKEN_FIXTURES,
  loadRawDataset,
  serveDataset,
  type BrokenFixture,
  type RawDataset,
} from './hostile-dataset.ts';

const alert = (page: Page) => page.getByRole('alert');

async function expectRefused(page: Page, fixture: BrokenFixture) {
  const count = fixture.paths.length;
  await expect(alert(page).getByRole('heading', { level: 1 })).toHaveText(
    'The dataset is not in the expected format',
  );
  const first = `at ${fixture.paths[0]}: `;
  const message = alert(page).getByRole('paragraph').first();
  await expect(message, fixture.name).toContainText(
    `${count === 1 ? '1 problem' : `${count} problems`}. ${count === 1 ? 'It is' : 'The first is'} ${first}`,
  );
  await expect(message, fixture.name).toHaveText(fixture.message);
  const list = alert(page).getByRole('list', { name: 'Problems found' });
  if (count === 1) {
    await expect(list).toHaveCount(0);
  } else {
    await expect(list.getByRole('listitem')).toHaveText(
      fixture.paths.map((path) => new RegExp(`^${path.replace(/\./g, '\\.')}: `)),
    );
  }
}

for (const [group, fixtures] of Object.entries(BROKEN_FIXTURES)) {
  test(`a dataset with ${group} is refused, naming each problem's schema path; Retry loads the fixed file`, async ({
    page,
  }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    let body: RawDataset = null;
    await serveDataset(page, () => body);
    for (const [i, fixture] of fixtures.entries()) {
      const dataset = loadRawDataset();
      body = fixture.breakIt(dataset) ?? dataset;
      if (i === 0) await page.goto('./');
      else await alert(page).getByRole('button', { name: 'Retry' }).click();
      await expectRefused(page, fixture);
    }
    body = loadRawDataset();
    await alert(page).getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
}

test('a file with many problems says how many, lists the first five and counts the rest', async ({
  page,
}) => {
  const dataset = loadRawDataset();
  const articleIds: string[] = [];
  dataset.events.forEach((event: RawDataset, i: number) => {
    event.quotes[0].articleId = `ghost-${i}`;
    articleIds.push(`events.${i}.quotes.0.articleId`);
  });
  await serveDataset(page, () => dataset);
  await page.goto('./');
  const n = dataset.events.length;
  await expect(alert(page).getByRole('paragraph').first()).toHaveText(
    `The dataset does not match its schema: ${n} problems. The first is at events.0.quotes.0.articleId: unknown article "ghost-0".`,
  );
  const items = alert(page).getByRole('list', { name: 'Problems found' }).getByRole('listitem');
  await expect(items).toHaveText(
    articleIds.slice(0, 5).map((path, i) => `${path}: unknown article "ghost-${i}"`),
  );
  await expect(alert(page)).toContainText(`…and ${n - 5} more problems.`);
  await expect(alert(page).getByRole('button', { name: 'Retry' })).toBeVisible();
});
