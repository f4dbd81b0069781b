import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBibtex } from '../../ingest/bibtex/parse-bibtex';
import { parsePaperJsonl } from '../../ingest/jsonl/parse-paper-jsonl';
import { ingestPaperRecords } from '../../ingest/pipeline/ingest-records';
import type { Db } from '../../src/store/database';
import { countPapers, findPaperByArxivId } from '../../src/store/paper.store';
import { listConflictsByPaperIds } from '../../src/store/provenance.store';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const LIST = 'list with lower-cased titles and a wrong month.md';
const ARXIV = 'arxiv records for the lower-cased titles.jsonl';
const BIB = 'readme entries filed under their listed papers by comments.bib';
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

function ingestRecords(db: Db, name: string) {
  const parsed = name.endsWith('.bib')
    ? parseBibtex(fixture(name), name)
    : parsePaperJsonl(fixture(name), name);
  return ingestPaperRecords(db, parsed.records, {
    format: 'test',
    sources: [name],
    createMissing: true,
  });
}

function graph(...names: string[]) {
  const { db } = createTestGraph();
  for (const name of names)
    if (name.endsWith('.md')) ingestMarkdown(db, fixture(name), name);
    else ingestRecords(db, name);
  return db;
}

const paper = (db: Db, id: string) => findPaperByArxivId(db, id)!;
const conflicts = (db: Db, id: string) => listConflictsByPaperIds(db, [paper(db, id).id])[0]!;

describe('which source wins for which field', () => {
  it('dates a listed paper by its arXiv id and keeps the list date as a conflict', () => {
    const db = graph(LIST);
    expect(paper(db, '2501.12326')).toMatchObject({ year: 2025, month: 1 });
    expect(paper(db, '2403.14613')).toMatchObject({ year: 2024, month: 3, venue: 'ECCV' });
    expect(conflicts(db, '2501.12326')).toEqual([
      expect.objectContaining({ field: 'date', keptValue: '2025-01', otherValue: 'Feb. 2025' }),
    ]);
  });

  it("takes the arXiv record's title over the list's lower-cased one, keeping the old as a conflict", () => {
    const db = graph(LIST, ARXIV);
    const tars = paper(db, '2501.12326');
    expect(tars.title).toBe('UI-TARS: Pioneering Automated GUI Interaction with Native Agents');
    expect(conflicts(db, '2501.12326')).toContainEqual(
      expect.objectContaining({
        field: 'title',
        keptValue: tars.title,
        otherValue: 'Ui-tars: pioneering automated gui interaction with native agents',
      }),
    );
  });

  it("keeps the list's short name before an arXiv title that lacks it", () => {
    const db = graph(LIST, ARXIV);
    expect(paper(db, '2410.03618').title).toBe(
      'LS-Imagine: Open-World Reinforcement Learning over Long Short-Term Imagination',
    );
  });

  it('keeps the arXiv title when the list is ingested again', () => {
    const db = graph(LIST, ARXIV, LIST);
    expect(paper(db, '2501.12326').title).toMatch(/^UI-TARS: .* GUI Interaction/);
  });

  it('lands BibTeX entries on the paper their comment names when the titles fit, and only then', () => {
    const db = graph(LIST, ARXIV);
    const before = countPapers(db);
    const summary = ingestRecords(db, BIB);
    expect(summary.matched.arxiv).toBe(2);
    expect(summary.matched.created).toBe(1);
    expect(countPapers(db)).toBe(before + 1);
    expect(paper(db, '2403.14613').title).toMatch(/^Dreamreward/i);
  });

  it("takes a record's published venue over the list's tag unless both name one venue", () => {
    const db = graph(LIST, ARXIV, BIB);
    expect(paper(db, '2410.03618').venue).toBe('ICLR');
    expect(paper(db, '2403.14613').venue).toBe('ECCV');
  });

  it('between two non-arXiv sources, a case-only title difference keeps the better-cased one', () => {
    const db = graph(LIST, BIB);
    const dream = paper(db, '2403.14613');
    expect(dream.title).toBe('Dreamreward: Text-to-3d generation with human preference');
    const { db: other } = createTestGraph();
    ingestMarkdown(other, fixture(LIST), LIST);
    ingestMarkdown(
      other,
      fixture(LIST).replace(
        'Dreamreward: Text-to-3d generation with human preference',
        'DreamReward: Text-to-3D Generation with Human Preference',
      ),
      'fixed.md',
    );
    expect(paper(other, '2403.14613').title).toBe(
      'DreamReward: Text-to-3D Generation with Human Preference',
    );
  });
});
