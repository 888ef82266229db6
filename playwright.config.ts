import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.ts';
import type { DatasetOptions } from './e2e/fixtures.ts';

// E2E_PORT lets two checkouts run their suites side by side; the scale site is on the next port.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const SCALE_PORT = PORT + 1;

const preview = (outDir: string, port: number) => ({
  command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

export default defineConfig<DatasetOptions>({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
    // The app's service worker would answer requests that page.route() never sees; only
    // e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: 'chromium',
      use: { baseURL: `http://127.0.0.1:${PORT}/`, distDir: 'dist' },
    },
    {
      // The timeline, filters, selection, list, keyboard and presentation again, on a
      // 10,000-event synthetic dataset (`npm run build:scale`).
      name: 'scale-10k',
      testMatch: ['explorer.spec.ts', 'presentation.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${SCALE_PORT}/`, distDir: 'dist-scale' },
    },
  ],
  // Tests run against the production builds (`npm run test:e2e` builds both first).
  webServer: [preview('dist', PORT), preview('dist-scale', SCALE_PORT)],
});
