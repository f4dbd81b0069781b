import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  artifactsDir,
  describeInBrowser,
  launchChromium,
  openPage,
  screenshot,
  waitForTotal,
} from './support/browser';
import { buildBundledDatabase } from './support/corpora';
import type { RunningServer } from './support/server';
import { ensureWebBuild, startServer } from './support/server';

async function total(page: Page): Promise<number> {
  await page.waitForSelector('[data-testid=total]');
  return Number(await page.textContent('[data-testid=total]'));
}

describeInBrowser('the web explorer on the bundled corpus (real Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    ensureWebBuild();
    server = await startServer(buildBundledDatabase());
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    mkdirSync(artifactsDir, { recursive: true });
    writeFileSync(join(artifactsDir, 'timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  });

  it('searches, narrows by a facet, opens a paper and copies its citation; the back button restores the search', async () => {
    const { page, errors, foreignRequests, context } = await openPage(browser, server.url);
    await page.goto(`${server.url}/`);
    const all = await server.query<{ papers: { totalCount: number } }>('{ papers { totalCount } }');
    expect(await total(page)).toBe(all.papers.totalCount);

    await page.fill('#q', 'grpo');
    await page.press('#q', 'Enter');
    const hits = await server.query<{
      search: { totalCount: number; facets: { pillars: { value: string; count: number }[] } };
    }>('{ search(query: "grpo") { totalCount facets { pillars { value count } } } }');
    await waitForTotal(page, hits.search.totalCount);
    expect(new URL(page.url()).searchParams.get('q')).toBe('grpo');

    const facet = hits.search.facets.pillars.find((p) => p.value === 'visual-generation')!;
    const facetLink = page.locator('a[data-facet=pillar][data-value=visual-generation]');
    expect(await facetLink.locator('.count').textContent()).toBe(String(facet.count));
    await facetLink.click();
    await waitForTotal(page, facet.count);
    expect(page.url()).toContain('pillar=visual-generation');
    await screenshot(page, 'search-grpo-visual-generation');

    const first = page.locator('a.paper-title').first();
    const title = await first.textContent();
    await first.click();
    await page.waitForSelector('article.paper-page h1');
    expect(await page.textContent('article.paper-page h1')).toBe(title);
    expect(await page.locator('[data-testid=links-algorithm] mark').count()).toBeGreaterThan(0);

    await page.waitForFunction(() =>
      document.querySelector('[data-testid=cite-text]')?.textContent?.startsWith('@'),
    );
    await page.click('label:has-text("RIS")');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=cite-text]')?.textContent?.startsWith('TY  -'),
    );
    await page.click('button:has-text("Copy RIS")');
    await page.waitForSelector('text=Copied RIS.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^TY {2}- /);
    expect(copied).toContain(`TI  - ${title}`);
    await screenshot(page, 'paper');

    await page.goBack();
    await waitForTotal(page, facet.count);
    expect(await page.inputValue('#q')).toBe('grpo');
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  }, 60_000);

  it('says which spellings a search added (T2I → text-to-image)', async () => {
    const { page, context } = await openPage(browser, server.url);
    await page.goto(`${server.url}/?q=T2I`);
    await page.waitForSelector('[data-testid=expansions]');
    expect(await page.textContent('[data-testid=expansions]')).toContain('T2I → text-to-image');
    await context.close();
  });

  it('renders a page of 100 results (time measured for the README, not asserted)', async () => {
    const { page, context } = await openPage(browser, server.url);
    const rows = () =>
      page.waitForFunction(() => document.querySelectorAll('li.paper').length === 100);
    /** Median of three runs of `step`, in ms (the machine is shared and noisy). */
    async function median(step: () => Promise<void>): Promise<number> {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await step();
        runs.push(Math.round(performance.now() - started));
      }
      return runs.sort((a, b) => a - b)[1]!;
    }
    timings['open /?size=100 (new page load) until 100 rows are shown, ms'] = await median(
      async () => {
        await page.goto(`${server.url}/?size=100`);
        await rows();
      },
    );
    timings['open a 100-hit search page (?q=reinforcement learning&size=100), ms'] = await median(
      async () => {
        await page.goto(`${server.url}/?q=reinforcement%20learning&size=100`);
        await rows();
      },
    );
    const switches: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${server.url}/`);
      await page.waitForSelector('li.paper');
      const started = performance.now();
      await page.selectOption('select:near(:text("Per page"))', '100');
      await rows();
      switches.push(Math.round(performance.now() - started));
    }
    timings['in-page switch from 20 to 100 per page until 100 rows are shown, ms'] = switches.sort(
      (a, b) => a - b,
    )[1]!;
    console.info('[e2e timings]', timings);
    await context.close();
  }, 60_000);

  it('draws the figures with the same numbers as the API', async () => {
    const { page, errors, context } = await openPage(browser, server.url);
    const api = await server.query<{
      timeline: {
        groups: { key: string }[];
        points: { groups: { key: string; count: number }[] }[];
      };
      matrix: { cells: { rowKey: string; columnKey: string; count: number }[] };
      pillars: { slug: string; paperCount: number }[];
      algorithms: { slug: string; paperCount: number }[];
    }>(`{ timeline(by: MONTH, groupBy: PILLAR) { groups { key } points { groups { key count } } }
      matrix(rows: PILLAR, columns: ALGORITHM_FAMILY, top: 30) { cells { rowKey columnKey count } }
      pillars(includeGroups: true) { slug paperCount } algorithms { slug paperCount } }`);

    await page.goto(`${server.url}/figures/timeline`);
    await page.waitForSelector('[data-figure=timeline-by-pillar] .chart svg');
    for (const group of api.timeline.groups) {
      const sum = api.timeline.points
        .flatMap((p) => p.groups)
        .filter((g) => g.key === group.key)
        .reduce((n, g) => n + g.count, 0);
      expect(await page.textContent(`[data-testid=timeline-total-${group.key}]`)).toBe(String(sum));
    }
    expect(
      await page.locator('[data-figure=timeline-by-pillar] .chart svg rect').count(),
    ).toBeGreaterThan(10);
    await screenshot(page, 'figure-timeline');

    await page.goto(`${server.url}/figures/matrix`);
    await page.waitForSelector('[data-testid=matrix-table]', { state: 'attached' });
    for (const cell of api.matrix.cells) {
      const text = await page.textContent(
        `[data-testid=matrix-table] td[data-row="${cell.rowKey}"][data-column="${cell.columnKey}"]`,
      );
      expect(text).toBe(String(cell.count));
    }
    const svgCellTexts = await page.locator('[data-figure] .chart svg text').allTextContents();
    expect(svgCellTexts).toContain(String(Math.max(...api.matrix.cells.map((c) => c.count))));
    await screenshot(page, 'figure-matrix');

    const cell = api.matrix.cells[0]!;
    await page.click('summary:has-text("Data as a table")');
    await page.click(
      `[data-testid=matrix-table] td[data-row="${cell.rowKey}"][data-column="${cell.columnKey}"] a`,
    );
    await waitForTotal(page, cell.count);
    expect(await page.locator('li.paper').count()).toBe(cell.count);

    await page.goto(`${server.url}/figures/taxonomy`);
    await page.waitForSelector('[data-testid=taxonomy-list]', { state: 'attached' });
    for (const pillar of api.pillars) {
      expect(
        await page.textContent(
          `[data-testid=taxonomy-list] li[data-key="${pillar.slug}"] > .count`,
        ),
      ).toBe(String(pillar.paperCount));
    }
    await screenshot(page, 'figure-taxonomy');

    await page.goto(`${server.url}/figures/algorithms`);
    await page.waitForSelector('[data-testid=algorithm-families-list]', { state: 'attached' });
    for (const algorithm of api.algorithms.filter((a) => a.paperCount > 0)) {
      expect(
        await page.textContent(
          `[data-testid=algorithm-families-list] li[data-key="${algorithm.slug}"] > .count`,
        ),
      ).toBe(String(algorithm.paperCount));
    }
    await screenshot(page, 'figure-algorithms');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);

  it('shows co-occurrence pairs as the API counts them, and saves figures as SVG, PNG and CSV', async () => {
    const { page, errors, context } = await openPage(browser, server.url);
    const api = await server.query<{
      coOccurrence: { pairs: { entity: { key: string }; other: { key: string }; count: number }[] };
    }>(
      '{ coOccurrence(kind: ALGORITHM, with: BENCHMARK, first: 80) { pairs { entity { key } other { key } count } } }',
    );
    await page.goto(`${server.url}/figures/co-occurrence?with=BENCHMARK`);
    await page.waitForSelector('[data-testid=co-occurrence-table]', { state: 'attached' });
    const rows = page.locator('[data-testid=co-occurrence-table] tbody tr');
    expect(await rows.count()).toBe(api.coOccurrence.pairs.length);
    for (const pair of api.coOccurrence.pairs.slice(0, 10)) {
      const row = page.locator(
        `tr[data-pair="${pair.entity.key}/${pair.other.key}"] td:nth-child(3)`,
      );
      expect(await row.textContent()).toBe(String(pair.count));
    }
    await page.waitForSelector('[data-figure] .chart svg');
    const figure = page.locator('[data-figure]');

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      figure.locator('button:has-text("SVG")').click(),
    ]);
    expect(svg.suggestedFilename()).toBe('co-occurrence-algorithm-benchmark.svg');
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(
      /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );

    const [png] = await Promise.all([
      page.waitForEvent('download'),
      figure.locator('button:has-text("PNG")').click(),
    ]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5000);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      figure.locator('button:has-text("CSV")').click(),
    ]);
    const lines = readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('algorithm,benchmark,papers,lift');
    expect(lines).toHaveLength(api.coOccurrence.pairs.length + 1);
    await screenshot(page, 'figure-co-occurrence');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows author, venue, algorithm, reward and benchmark pages with the API counts', async () => {
    const { page, errors, context } = await openPage(browser, server.url);
    const api = await server.query<{
      authors: { edges: { node: { name: string; paperCount: number } }[] };
      venues: { name: string; paperCount: number }[];
      algorithm: { papers: { totalCount: number } };
      rewardTypes: { slug: string; paperCount: number }[];
      benchmarks: { slug: string; paperCount: number }[];
    }>(`{ authors(first: 1, orderBy: PAPER_COUNT) { edges { node { name paperCount } } }
      venues { name paperCount } algorithm(slug: "grpo") { papers { totalCount } }
      rewardTypes(first: 1, orderBy: PAPER_COUNT) { slug paperCount } benchmarks(first: 1, orderBy: PAPER_COUNT) { slug paperCount } }`);
    const author = api.authors.edges[0]!.node;
    const pages: [string, number][] = [
      [`/author/${encodeURIComponent(author.name)}`, author.paperCount],
      [`/venue/${encodeURIComponent(api.venues[0]!.name)}`, api.venues[0]!.paperCount],
      ['/algorithm/grpo', api.algorithm.papers.totalCount],
      [`/reward/${api.rewardTypes[0]!.slug}`, api.rewardTypes[0]!.paperCount],
      [`/benchmark/${api.benchmarks[0]!.slug}`, api.benchmarks[0]!.paperCount],
    ];
    for (const [path, count] of pages) {
      await page.goto(`${server.url}${path}`);
      expect(await total(page), path).toBe(count);
      expect(await page.locator('li.paper').count()).toBe(Math.min(count, 100));
    }
    await screenshot(page, 'entity-benchmark');
    await page.goto(`${server.url}/algorithm/grpo`);
    await page.waitForSelector('h1');
    await screenshot(page, 'entity-algorithm');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('works by keyboard, on a phone screen and in dark mode', async () => {
    const { page, context } = await openPage(browser, server.url, {
      viewport: { width: 390, height: 844 },
      colorScheme: 'dark',
      isMobile: true,
      hasTouch: true,
    });
    await page.goto(`${server.url}/`);
    await page.waitForSelector('li.paper');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 23, 28)');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('.facet-toggle').getAttribute('open')).toBeNull();
    await screenshot(page, 'phone-dark-search');
    await page.goto(`${server.url}/figures/matrix`);
    await page.waitForSelector('[data-figure] .chart svg');
    await screenshot(page, 'phone-dark-matrix');
    await context.close();
  }, 60_000);
});
