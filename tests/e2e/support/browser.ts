import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { describe, it } from 'vitest';

/** Debian's chromium package (browser downloads do not work on our machines). */
export const chromiumPath = process.env['SURVEYGRAPH_CHROMIUM'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  console.warn(
    `[surveygraph e2e] no Chromium at ${chromiumPath}: the browser tests are skipped. Install it with ` +
      '`apt-get install -y chromium` (or set SURVEYGRAPH_CHROMIUM).',
  );
}

/** `describe` that runs only when Chromium is installed, reported as skipped with why otherwise. */
export function describeInBrowser(name: string, body: () => void): void {
  if (hasChromium) describe(name, body);
  else
    describe.skip(name, () =>
      it.skip(`needs Chromium at ${chromiumPath}, which is absent`, () => {}),
    );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Screenshots are test artefacts (gitignored), never committed. */
export const artifactsDir = resolve(import.meta.dirname, '../../../test-artifacts/e2e');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

/**
 * A page that fails the test on any script error, and records every request to a host other
 * than our server (there must be none: fonts and scripts are served by us).
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  return { context, page, errors, foreignRequests };
}

/** Waits until the page shows `expected` papers in its total (after the new data arrived). */
export async function waitForTotal(page: Page, expected: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid=total]')?.textContent === String(n),
    expected,
    { timeout: 30_000 },
  );
}
