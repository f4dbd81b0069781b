import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaperIndex } from '../../src/search/paper-index';
import { createApp } from '../../src/server/app';
import { createTestGraph } from '../support/graph';

const CHROMIUM = '/usr/bin/chromium';
const describeWithChromium = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) {
  console.warn(`[surveygraph tests] ${CHROMIUM} is absent: the GraphiQL browser test is skipped.`);
}

describe('GraphiQL assets', () => {
  const { db } = createTestGraph();
  const { fetch } = createApp({ db, index: PaperIndex.open(db) });

  it('serves a page that loads nothing from another host, with our default query', async () => {
    const response = await fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(html).toContain('<script src="/graphiql/graphiql.js">');
    expect(html).toContain('"defaultTabs":[{"query":"# surveygraph');
  });

  it.each([
    'graphiql.js',
    'graphiql.css',
    'editor.worker.js',
    'json.worker.js',
    'graphql.worker.js',
  ])('serves /graphiql/%s from the npm bundle', async (name) => {
    const response = await fetch(`http://yoga/graphiql/${name}`);
    expect(response.status).toBe(200);
    expect((await response.text()).length).toBeGreaterThan(1000);
  });
});

describeWithChromium('GraphiQL in Chromium without internet', () => {
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const { db } = createTestGraph();
    const app = createApp({ db, index: PaperIndex.open(db) });
    server = createServer(app.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
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
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('renders the editor with our default query, requesting no other host', async () => {
    const context = await browser.newContext();
    const elsewhere: string[] = [];
    // "No internet": every request to another host fails, as it would offline.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || url.startsWith('blob:') || url.startsWith('data:'))
        return route.continue();
      elsewhere.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    await page.goto(`${base}/graphql`);
    const editor = page.locator('.graphiql-query-editor');
    await editor.waitFor({ timeout: 30_000 });
    await expect.poll(() => editor.innerText(), { timeout: 30_000 }).toContain('pillars');
    expect(await page.locator('body').innerText()).not.toContain('Loading');
    expect(elsewhere).toEqual([]);
    await context.close();
  }, 90_000);
});
