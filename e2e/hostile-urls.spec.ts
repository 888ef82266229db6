import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const ids = dataset.events.map((e) => e.id);
const INDEX_HTML = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');

interface HostileUrl {
  name: string;
  search: string;
  /** The canonical form the address bar must be rewritten to. */
  canonical: string;
  /** What the search box then holds. */
  query?: string;
}

const HOSTILE_URLS: HostileUrl[] = [
  {
    name: 'a 100 KB search',
    search: `?q=${'x'.repeat(100_000)}`,
    canonical: `?q=${'x'.repeat(200)}`,
    query: 'x'.repeat(200),
  },
  {
    name: 'repeated parameters',
    search: `?event=${ids[3]}&event=${ids[5]}&event=nope&outlets=ndtv&outlets=wion&differ=1&differ=0`,
    canonical: `?event=${ids[3]}&outlets=ndtv&differ=1`,
  },
  {
    name: 'unicode, bidi overrides and RTL marks',
    search: '?q=%E2%80%AEevil%E2%80%AC%E2%80%8F&outlets=ndtv%E2%80%8F,wion',
    canonical: '?outlets=wion&q=%E2%80%AEevil%E2%80%AC%E2%80%8F',
    query: '\u202Eevil\u202C\u200F',
  },
  {
    name: 'markup in the search and the view',
    search: '?q=<script>window.__pwned=1</script>&view=<img src=x onerror=window.__pwned=1>',
    canonical: '?q=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
    query: '<script>window.__pwned=1</script>',
  },
  {
    name: 'impossible dates',
    search: '?from=2025-02-30&to=9999-99-99',
    canonical: '',
  },
  {
    name: 'a window reaching before the range',
    search: '?from=2010-01-01&to=2020-06-15',
    canonical: '?from=2018-01-01&to=2020-06-15',
  },
  {
    name: 'prototype keys',
    search: '?__proto__[polluted]=1&constructor=x&outlets=__proto__&themes=constructor,toString',
    canonical: '',
  },
  {
    name: 'broken percent-encoding',
    search: '?q=%E0%A4%A&event=%FF&pack=%%%',
    canonical: '?q=%EF%BF%BD%25A',
    query: '\uFFFD%A',
  },
  {
    name: 'emoji flags and a repeated differ',
    search: '?q=🇮🇳+🇨🇦&differ=1&differ=0',
    canonical: '?q=%F0%9F%87%AE%F0%9F%87%B3+%F0%9F%87%A8%F0%9F%87%A6&differ=1',
    query: '🇮🇳 🇨🇦',
  },
];

for (const url of HOSTILE_URLS) {
  test(`a link with ${url.name} opens a valid view and is rewritten to its canonical form`, async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // Node's HTTP server refuses request lines over 16 KB (HTTP 431); the app itself is
    // under test here, so the page comes from the build without passing the server.
    await page.route(
      (u) => u.pathname === '/' && u.search.length > 10_000,
      (route) => route.fulfill({ contentType: 'text/html', body: INDEX_HTML }),
    );
    await page.goto(`./${url.search}`);
    await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Timeline' }).locator('.vis-item'),
    ).not.toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Events', level: 2 })).toBeVisible();
    await expect.poll(() => new URL(page.url()).search).toBe(url.canonical);
    await expect(page.getByRole('searchbox')).toHaveValue(url.query ?? '');
    expect(await page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned)).toBe(
      undefined,
    );
    expect(problems).toEqual([]);
  });
}

test('present=1 with an unknown event opens the presentation on the first slide', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('./?present=1&event=<bogus>');
  const slides = page.getByRole('dialog', { name: 'Presentation' });
  await expect(slides.getByRole('heading', { level: 2 })).toHaveText(dataset.events[0]!.title);
  await expect.poll(() => new URL(page.url()).search).toBe(`?event=${ids[0]}&present=1`);
  expect(problems).toEqual([]);
});
