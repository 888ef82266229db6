import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Which Chromium the end-to-end tests drive, chosen at run time: CHROMIUM_PATH when
 * set, else Playwright's own build when installed, else Debian's /usr/bin/chromium.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) fail(`CHROMIUM_PATH=${override} does not exist.`);
    return { executablePath: override, args: FLAGS };
  }
  if (existsSync(chromium.executablePath())) return { args: FLAGS };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: FLAGS };
  fail(
    'No Chromium found: run `npx playwright install chromium`, or `apt-get install -y chromium`, or set CHROMIUM_PATH.',
  );
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
