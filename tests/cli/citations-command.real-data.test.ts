import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database';
import { run, tempDir } from '../support/cli';
import { describeWithFiles, lrmBibliography, lrmList } from '../support/shared-citation-data';

interface Report {
  citedCount: number;
  listedCount: number;
  citedAndListedCount: number;
  citedNotListedCount: number;
  listedNotCitedCount: number;
  citedAndListed: { arxivId: string | null }[];
  listedNotCited: { arxivId: string | null }[];
}

describeWithFiles(
  'the survey of Awesome-RL-for-LRMs against its list',
  [lrmList, lrmBibliography],
  () => {
    const dir = tempDir();
    const db = join(dir, 'graph.sqlite');
    let bibliographyOutput: string;
    let report: Report;

    beforeAll(async () => {
      const list = await run(['ingest', '--db', db, '--list', 'rl-for-lrms', lrmList]);
      expect(list.code).toBe(0);
      const bib = await run([
        'ingest',
        '--db',
        db,
        '--references-of',
        '2509.08827',
        lrmBibliography,
      ]);
      expect(bib.code).toBe(0);
      bibliographyOutput = bib.stdout;
      const result = await run([
        'citations',
        'survey-vs-list',
        '--db',
        db,
        '--list',
        'rl-for-lrms',
        '--survey',
        'arXiv:2509.08827',
        '-n',
        '500',
        '--json',
      ]);
      expect(result.stderr).toBe('');
      report = JSON.parse(result.stdout) as Report;
    }, 120_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads 921 of the 922 entries as references and says why it skips the last', () => {
      expect(bibliographyOutput).toContain('references: 921 read, 1 skipped');
      expect(bibliographyOutput).toContain(
        'no-identifying-fields: entry SemiAnalysis_2025 has no title, arXiv id or DOI',
      );
    });

    it('counts both directions, and they add up', () => {
      expect(report.citedAndListedCount + report.citedNotListedCount).toBe(report.citedCount);
      expect(report.citedAndListedCount + report.listedNotCitedCount).toBe(report.listedCount);
      // 921 references, two of which name a work another entry names too.
      expect(report.citedCount).toBeGreaterThan(900);
      expect(report.citedCount).toBeLessThanOrEqual(919);
      expect(report.citedAndListedCount).toBeGreaterThanOrEqual(2);
    });

    it('puts every listed arXiv id that the bibliography states in a standard form among the cited papers', () => {
      // Independent of both parsers: ids the .bib states in a standard form (arXiv:ID, eprint, an
      // arXiv URL), found by a plain pattern; listed ids read from the database.
      const standardForm = /(?:arXiv:|eprint\s*=\s*\{|arxiv\.org\/(?:abs|pdf)\/)(\d{4}\.\d{4,5})/gi;
      const inBib = new Set(
        [...readFileSync(lrmBibliography, 'utf8').matchAll(standardForm)].map((m) => m[1]),
      );
      const graph = openDatabase(db, { readonly: true });
      const listed = graph
        .prepare(
          'SELECT DISTINCT p.arxiv_id FROM papers p JOIN paper_sections ps ON ps.paper_id = p.id WHERE p.arxiv_id IS NOT NULL',
        )
        .pluck()
        .all() as string[];
      graph.close();
      const cited = new Set(report.citedAndListed.map((p) => p.arxivId));
      expect(listed.filter((id) => inBib.has(id) && !cited.has(id))).toEqual([]);
      expect(report.listedNotCited.filter((p) => p.arxivId && inBib.has(p.arxivId))).toEqual([]);
    });
  },
);
