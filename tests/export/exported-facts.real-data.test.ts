import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { arxivIdYearMonth } from '../../src/model/paper/arxiv-id';
import { openDatabase } from '../../src/store/database';
import { run, tempDir } from '../support/cli';
import { describeWithSharedData, sharedFile } from '../support/shared-data';

const LIST = sharedFile('awesome', 'README.2026-02-10.7441bd7.md');
const METADATA = sharedFile('paper-metadata.jsonl');
const BIBTEX = sharedFile('readme-citations.bib');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

describeWithSharedData(
  'the facts exported after ingesting the list, the metadata and the BibTeX',
  () => {
    const dir = tempDir();
    const db = join(dir, 'g.sqlite');
    let bibtex: string;

    beforeAll(async () => {
      expect((await run(['ingest', '--db', db, '--list', 'visual-rl', LIST])).code).not.toBe(2);
      expect((await run(['ingest', '--db', db, METADATA, BIBTEX])).code).not.toBe(2);
      const exported = await run(['export', '--db', db, '--format', 'bibtex']);
      expect(exported.code).toBe(0);
      bibtex = exported.stdout;
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('dates no paper against its own arXiv id', () => {
      const entries = parseBibtex(bibtex, { sentenceCase: false, raw: true }).entries;
      const eprints = entries.filter((entry) => entry.fields.eprint);
      expect(eprints.length).toBeGreaterThan(200);
      const contradictions = eprints.flatMap((entry) => {
        const issued = arxivIdYearMonth(String(entry.fields.eprint))!;
        const year = Number(entry.fields.year);
        const written = String(entry.fields.month).toLowerCase();
        const month = /^\d+$/.test(written)
          ? Number(written)
          : MONTHS.indexOf(written.slice(0, 3)) + 1;
        return year === issued.year && month === issued.month
          ? []
          : [`${entry.key}: ${year}-${month} vs ${String(entry.fields.eprint)}`];
      });
      expect(contradictions, contradictions.join('\n')).toEqual([]);
    });

    it('keeps no title that differs from the arXiv record only in case', () => {
      const records = readFileSync(METADATA, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { arxiv_id: string; title: string });
      const graph = openDatabase(db, { readonly: true });
      const titleOf = graph.prepare('SELECT title FROM papers WHERE arxiv_id = ?').pluck();
      const caseOnly = records.flatMap(({ arxiv_id, title }) => {
        const stored = titleOf.get(arxiv_id) as string | undefined;
        const official = title.replace(/\s+/g, ' ').trim();
        return stored && stored !== official && stored.toLowerCase() === official.toLowerCase()
          ? [`${arxiv_id}: ${stored}`]
          : [];
      });
      graph.close();
      expect(caseOnly).toEqual([]);
    });

    it('lands every BibTeX entry with an arXiv comment on a listed paper, creating none', () => {
      const graph = openDatabase(db, { readonly: true });
      const bibRun = graph
        .prepare(`SELECT id FROM ingest_runs WHERE sources LIKE '%readme-citations.bib%'`)
        .pluck()
        .get() as number;
      const added = graph
        .prepare(`SELECT count(*) FROM ingest_changes WHERE run_id = ? AND change = 'added'`)
        .pluck()
        .get(bibRun);
      const unlistedFromBib = graph
        .prepare(
          `SELECT DISTINCT p.title FROM provenance pr JOIN papers p ON p.id = pr.paper_id
         WHERE pr.run_id = ? AND p.id NOT IN (SELECT paper_id FROM paper_sections)`,
        )
        .pluck()
        .all(bibRun);
      graph.close();
      expect(added).toBe(0);
      expect(unlistedFromBib).toEqual([]);
    });

    it('exports one entry per work: no key with a disambiguating letter for a duplicate', () => {
      const keys = parseBibtex(bibtex, { sentenceCase: false }).entries.map((entry) => entry.key);
      expect(keys.filter((key) => /dreamreward/i.test(key))).toEqual(['ye2024dreamreward']);
    });

    it('gives back every paper when its Markdown export is ingested again', async () => {
      const markdown = join(dir, 'all.md');
      expect((await run(['export', '--db', db, '--format', 'markdown', '-o', markdown])).code).toBe(
        0,
      );
      const again = join(dir, 'again.sqlite');
      expect((await run(['ingest', '--db', again, '--list', 'again', markdown])).code).not.toBe(2);
      const count = (path: string) => {
        const graph = openDatabase(path, { readonly: true });
        const n = graph.prepare('SELECT count(*) FROM papers').pluck().get() as number;
        graph.close();
        return n;
      };
      expect(count(again)).toBe(count(db));
    });
  },
);
