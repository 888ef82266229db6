import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page, type Route } from '@playwright/test';

/** The served dataset's bytes, and the app's own page (what an SPA fallback serves). */
const DATASET = readFileSync(new URL('../dist/data/timeline.json', import.meta.url));
const INDEX_HTML = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
const DATASET_URL = '/data/timeline.json';
/** The full address the app names in its messages. */
const FULL_URL = String.raw`http://127\.0\.0\.1:\d+/data/timeline\.json`;

interface Fault {
  name: string;
  serve: (route: Route) => Promise<void>;
  title: string;
  message: RegExp;
}

/** Each fault, what the reader is told about it, and (by the test) that Retry then works. */
const FAULTS: Fault[] = [
  {
    name: 'a missing dataset (404)',
    serve: (route) => route.fulfill({ status: 404, body: 'Not found' }),
    title: 'The dataset was not found',
    message: new RegExp(
      `^The dataset was not found at ${FULL_URL} \\(HTTP 404 Not Found\\)\\. Check that the deployment includes data/timeline\\.json`,
    ),
  },
  {
    name: 'a server error (500)',
    serve: (route) => route.fulfill({ status: 500, body: 'oops' }),
    title: 'The server could not send the dataset',
    message: /HTTP 500 Internal Server Error .* usually temporary: Retry in a moment/,
  },
  {
    name: 'a truncated download',
    serve: (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: DATASET.subarray(0, Math.floor(DATASET.length / 2)),
      }),
    title: 'The dataset arrived incomplete',
    message: /arrived incomplete: it stops after [\d.]+ KB of [\d.]+ KB, in the middle of the data/,
  },
  {
    name: 'malformed JSON',
    serve: (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: DATASET.toString('utf8').replace('"events":', '"events"'),
      }),
    title: 'The dataset file is damaged',
    message: /is not valid JSON \(.+\)\. The file on the server is damaged/,
  },
  {
    name: 'a web page instead of JSON (an SPA fallback)',
    serve: (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: INDEX_HTML }),
    title: 'The server sent a web page, not the dataset',
    message: /sent a web page \(text\/html\) instead of the dataset .* the app's index\.html/,
  },
  {
    name: 'a network failure',
    serve: (route) => route.abort('internetdisconnected'),
    title: 'The dataset could not be reached',
    message: new RegExp(`^Could not reach the server for the dataset \\(${FULL_URL}\\)`),
  },
];

/** Serves the fault until `fixed()` is called, then the real dataset. */
async function injectFault(page: Page, fault: Fault) {
  let faulty = true;
  let requests = 0;
  await page.route(`**${DATASET_URL}`, async (route) => {
    requests++;
    if (faulty) await fault.serve(route);
    else await route.continue();
  });
  return { fixed: () => void (faulty = false), requests: () => requests };
}

function watchForErrors(page: Page) {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return pageErrors;
}

for (const fault of FAULTS) {
  test(`${fault.name} has its own message, and Retry loads the dataset once it is fixed`, async ({
    page,
  }) => {
    const pageErrors = watchForErrors(page);
    const server = await injectFault(page, fault);
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText(fault.title, {
      timeout: 15_000,
    });
    await expect(alert.getByRole('paragraph').first()).toHaveText(fault.message);

    // Retrying while it is still broken fails the same way.
    const before = server.requests();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(server.requests).toBeGreaterThan(before);
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText(fault.title, {
      timeout: 15_000,
    });

    server.fixed();
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
}

test('a network failure is retried by itself before the reader is asked', async ({ page }) => {
  const server = await injectFault(page, FAULTS.at(-1)!);
  await page.goto('./');
  await expect(page.getByText('(attempt 2)')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('could not be reached', { timeout: 15_000 });
  expect(server.requests()).toBe(3);
});

test('a server that takes 5 seconds to answer shows the loading progress, never a blank page', async ({
  page,
}) => {
  await page.route(`**${DATASET_URL}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    await route.continue();
  });
  await page.goto('./');
  const loading = page.getByRole('main');
  await expect(loading.getByRole('status')).toHaveText('Loading the timeline…');
  await expect(loading.getByRole('progressbar', { name: 'Dataset download' })).toBeVisible();
  await expect(loading).toContainText('Waiting for the server…');
  await expect(loading).toContainText(/Still loading after [1-4] s\./);
  await expect(loading).toContainText(/Still loading after [3-5] s\./);
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible({ timeout: 15_000 });
});

test('a slow download shows the bytes received of the total as it streams in', async ({ page }) => {
  // A real server that sends the dataset in ten parts, 400 ms apart, with its length.
  const parts = 10;
  const server = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': String(DATASET.length),
    });
    let sent = 0;
    const step = Math.ceil(DATASET.length / parts);
    const timer = setInterval(() => {
      response.write(DATASET.subarray(sent, sent + step));
      sent += step;
      if (sent >= DATASET.length) {
        clearInterval(timer);
        response.end();
      }
    }, 400);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await page.route(`**${DATASET_URL}`, (route) =>
      route.continue({ url: `http://127.0.0.1:${port}${DATASET_URL}` }),
    );
    await page.goto('./');
    const bar = page.getByRole('progressbar', { name: 'Dataset download' });
    await expect(bar).toHaveAttribute('max', String(DATASET.length));
    const totalKb = `${Math.round(DATASET.length / 1024)} KB`;
    await expect(page.getByRole('main')).toContainText(
      new RegExp(`Downloaded \\d+(\\.\\d)? KB of ${totalKb} \\(([1-9]|[1-9]\\d)%\\)`),
    );
    const value = Number(await bar.getAttribute('value'));
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(DATASET.length);
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible({ timeout: 15_000 });
  } finally {
    server.close();
  }
});
