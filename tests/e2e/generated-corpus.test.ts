import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  launchChromium,
  openPage,
  screenshot,
  waitForTotal,
} from './support/browser';
import { buildGeneratedDatabase } from './support/corpora';
import type { RunningServer } from './support/server';
import { ensureWebBuild, startServer } from './support/server';

const TOKEN = 'e2e-write-token';
const PAPERS = 24;

interface CollectionState {
  collection: {
    paperCount: number;
    papers: {
      edges: { position: number; note: string | null; node: { id: string; title: string } }[];
    };
  } | null;
}
const COLLECTION = `query ($name: String!) { collection(name: $name) { paperCount
  papers(first: 100) { edges { position note node { id title } } } } }`;

describeInBrowser('the web explorer on a generated corpus (real Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  const collection = (name: string) => server.query<CollectionState>(COLLECTION, { name });

  beforeAll(async () => {
    ensureWebBuild();
    server = await startServer(buildGeneratedDatabase(PAPERS), TOKEN);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('narrows by a facet to the papers the API counts, opens one and cites it', async () => {
    const { page, errors, context } = await openPage(browser, server.url);
    await page.goto(`${server.url}/`);
    await waitForTotal(page, PAPERS);
    const api = await server.query<{ papers: { totalCount: number } }>(
      '{ papers(filter: { pillars: ["vla"] }) { totalCount } }',
    );
    const link = page.locator('a[data-facet=pillar][data-value=vla]');
    expect(await link.locator('.count').textContent()).toBe(String(api.papers.totalCount));
    await link.click();
    await waitForTotal(page, api.papers.totalCount);
    expect(await page.locator('li.paper').count()).toBe(api.papers.totalCount);
    const title = await page.locator('a.paper-title').first().textContent();
    await page.locator('a.paper-title').first().click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=cite-text]')?.textContent?.startsWith('@'),
    );
    expect(await page.textContent('[data-testid=cite-text]')).toContain(title!.slice(0, 20));
    await page.click('label:has-text("APA")');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=cite-text]')?.getAttribute('data-format') === 'APA',
    );
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid=cite-text]')?.textContent ?? '';
      return text !== '' && !text.startsWith('@');
    });
    expect(await page.textContent('[data-testid=cite-text]')).toContain(title!.slice(0, 20));
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('without a token, collections are read-only and a wrong token changes nothing', async () => {
    const { page, context } = await openPage(browser, server.url);
    await page.goto(`${server.url}/collections`);
    await page.waitForSelector('[data-testid=token-panel]');
    expect(await page.locator('text=New collection').count()).toBe(0);
    expect(await page.textContent('main')).toContain('No collections yet.');
    await page.goto(`${server.url}/`);
    await page.waitForSelector('li.paper');
    expect(await page.locator('.add-to-collection').count()).toBe(0);

    await page.goto(`${server.url}/collections`);
    await page.fill('#token', 'not-the-token');
    await page.click('button:has-text("Use token")');
    await page.fill('label:has-text("Name") input', 'Should not exist');
    await page.click('button:has-text("Create")');
    await page.waitForSelector('.create-collection [role=alert]:not(:empty)');
    expect(await page.textContent('.create-collection [role=alert]')).toMatch(
      /token|authori|forbidden/i,
    );
    expect((await collection('Should not exist')).collection).toBeNull();
    await screenshot(page, 'collections-wrong-token');
    await context.close();
  }, 60_000);

  it('with the token: creates a collection, adds, reorders, annotates, removes and downloads', async () => {
    const { page, errors, context } = await openPage(browser, server.url);
    await page.goto(`${server.url}/collections`);
    await page.fill('#token', TOKEN);
    await page.click('button:has-text("Use token")');
    expect(await page.evaluate(() => sessionStorage.getItem('surveygraph.writeToken'))).toBe(TOKEN);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.fill('label:has-text("Name") input', 'Reading list');
    await page.fill('label:has-text("Description") input', 'For the related-work section');
    await page.click('button:has-text("Create")');
    await page.waitForURL(/\/collections\/Reading%20list$/);
    await waitForTotal(page, 0);

    await page.goto(`${server.url}/?pillar=mllm`);
    await page.waitForSelector('.add-to-collection select');
    const selects = page.locator('.add-to-collection select');
    const titles = await page.locator('a.paper-title').allTextContents();
    for (let i = 0; i < 3; i++) {
      await selects.nth(i).selectOption({ label: 'Reading list' });
      await page
        .locator('.add-to-collection .status')
        .nth(i)
        .filter({ hasText: 'Added to Reading list.' })
        .waitFor();
    }
    const added = (await collection('Reading list')).collection!;
    expect(added.papers.edges.map((e) => e.node.title)).toEqual(titles.slice(0, 3));

    await page.goto(`${server.url}/collections/Reading%20list`);
    await waitForTotal(page, 3);
    await page.click(`button[aria-label="Move “${titles[0]}” down"]`);
    await page.waitForSelector('[data-testid=collection-status]:has-text("Moved")');
    const moved = (await collection('Reading list')).collection!;
    expect(moved.papers.edges.map((e) => e.node.title)).toEqual([titles[1], titles[0], titles[2]]);

    await page.fill(`input[aria-label="Note on “${titles[2]}”"]`, 'Baseline for table 2');
    await page.click(`.collection-entry:has-text("${titles[2]}") button:has-text("Save note")`);
    await page.waitForSelector('[data-testid=collection-status]:has-text("Saved the note")');
    const noted = (await collection('Reading list')).collection!;
    expect(noted.papers.edges.find((e) => e.node.title === titles[2])!.note).toBe(
      'Baseline for table 2',
    );

    await page.click(`button[aria-label="Remove “${titles[1]}” from the collection"]`);
    await waitForTotal(page, 2);
    expect((await collection('Reading list')).collection!.paperCount).toBe(2);
    await screenshot(page, 'collection-editing');

    const [bib] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.downloads button:has-text("BibTeX")'),
    ]);
    expect(bib.suggestedFilename()).toMatch(/\.bib$/);
    const text = readFileSync((await bib.path())!, 'utf8');
    expect(text.match(/^@\w+\{/gm)).toHaveLength(2);
    const [ris] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.downloads button:has-text("RIS")'),
    ]);
    expect(readFileSync((await ris.path())!, 'utf8').match(/^TY {2}- /gm)).toHaveLength(2);

    const remaining = (await collection('Reading list')).collection!.papers.edges[0]!.node;
    expect(remaining.title).toBe(titles[0]);
    await page.goto(`${server.url}/paper/${encodeURIComponent(remaining.id)}`);
    await page.click(`button[aria-label="Remove “${remaining.title}” from Reading list"]`);
    await page.waitForSelector('text=Removed from Reading list.');
    expect((await collection('Reading list')).collection!.paperCount).toBe(1);

    await page.goto(`${server.url}/collections/Reading%20list`);
    await waitForTotal(page, 1);
    await page.click('button:has-text("Forget the token")');
    expect(await page.locator('.entry-editor').count()).toBe(0);
    expect(await page.textContent('main')).toContain('Baseline for table 2');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
