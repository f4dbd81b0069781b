import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import { ingestSurveyList } from '../../ingest/pipeline/ingest-list';
import { openDatabase } from '../../src/store/database';
import { findPaperByArxivId, countPapers } from '../../src/store/paper.store';
import { listSectionsByPaperIds } from '../../src/store/section.store';
import { listChangesOfRun } from '../../src/store/run.store';
import { listConflictsByPaperIds } from '../../src/store/provenance.store';
import { listLinksByPaperIds } from '../../src/store/link.store';
import { createTestGraph, ingestMarkdown, pillars } from '../support/graph';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const V1 = 'list version one.md';
const V2 = 'list version two drops one paper and adds another.md';

function tableCounts(db: ReturnType<typeof openDatabase>) {
  const tables = [
    'papers',
    'paper_sections',
    'paper_links',
    'sections',
    'provenance',
    'conflicts',
    'entities',
  ];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]),
  );
}

describe('ingestSurveyList', () => {
  it('stores one paper per work, with every section that lists it', () => {
    const { db } = createTestGraph();
    const summary = ingestMarkdown(db, fixture(V1), V1);
    expect(summary.papers).toMatchObject({ total: 4, added: 4, updated: 0, removed: 0 });
    const paper = findPaperByArxivId(db, '2506.04559')!;
    const paths = listSectionsByPaperIds(db, [paper.id])[0]!.map((s) => s.path.join(' / '));
    expect(paths).toEqual([
      'Multi-Modal Large Language Models with RL / Image Reasoning',
      'Multi-Modal Large Language Models with RL / Video Reasoning',
    ]);
  });

  it('places sections under the pillar their top-level heading names', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(V1), V1);
    const flow = findPaperByArxivId(db, '2505.05470')!;
    expect(listSectionsByPaperIds(db, [flow.id])[0]![0]!.pillarSlug).toBe('visual-generation');
    expect(countPapers(db, { pillars: ['mllm'] })).toBe(2);
  });

  it('changes nothing when the same version is ingested again', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(V1), V1);
    const before = tableCounts(db);
    const ids = db.prepare('SELECT id, key FROM papers ORDER BY id').all();
    const again = ingestMarkdown(db, fixture(V1), V1);
    expect(again.papers).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 4 });
    expect(again.changed).toBe(false);
    expect(tableCounts(db)).toEqual(before);
    expect(db.prepare('SELECT id, key FROM papers ORDER BY id').all()).toEqual(ids);
  });

  it('records what a newer version added, removed and updated, and keeps removed papers', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(V1), V1);
    const summary = ingestMarkdown(db, fixture(V2), V2);
    const byChange = (change: string) =>
      listChangesOfRun(db, summary.runId)
        .filter((c) => c.change === change)
        .map((c) => db.prepare('SELECT title FROM papers WHERE id = ?').pluck().get(c.paperId));
    expect(byChange('added')).toEqual(['DanceGRPO: Unleashing GRPO on Visual Generation']);
    expect(byChange('removed')).toEqual([
      'DiffPPO: Reinforcement Learning Fine-Tuning of Diffusion Models for Text-to-Image Generation',
    ]);
    expect(byChange('updated')).toHaveLength(2); // one lost a section, one gained a website link
    expect(countPapers(db)).toBe(5);
    expect(countPapers(db, { listed: false })).toBe(1);
    const flow = findPaperByArxivId(db, '2505.05470')!;
    expect(listLinksByPaperIds(db, [flow.id])[0]!.map((l) => l.kind)).toContain('project');
  });

  it('keeps an arXiv id claimed by two titles for one work and reports the conflict', () => {
    const { db } = createTestGraph();
    const name = 'one arxiv id under two titles.md';
    const summary = ingestMarkdown(db, fixture(name), name);
    expect(summary.papers.total).toBe(2);
    expect(summary.conflicts).toHaveLength(1);
    expect(summary.warnings.map((w) => w.code)).toContain('conflicting-id');
    const owner = findPaperByArxivId(db, '2305.15260')!;
    expect(owner.title).toMatch(/^CoWorld/);
    expect(listConflictsByPaperIds(db, [owner.id])[0]![0]).toMatchObject({
      field: 'arxiv_id',
      otherValue: expect.stringMatching(/^UI-R1/),
    });
    const loser = db.prepare(`SELECT arxiv_id, key FROM papers WHERE title LIKE 'UI-R1%'`).get();
    expect(loser).toEqual({ arxiv_id: null, key: expect.stringMatching(/^title:ui r1/) });
  });

  it('leaves the database file byte-for-byte as it was when an ingest fails midway', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'surveygraph-')), 'graph.sqlite');
    const first = openDatabase(path);
    ingestMarkdown(first, fixture(V1), V1);
    first.close();
    const hash = () => createHash('sha256').update(readFileSync(path)).digest('hex');
    const before = hash();
    const db = openDatabase(path);
    const parsed = parseAwesomeList(fixture(V2), V2);
    const failing = () =>
      ingestSurveyList(
        db,
        { title: parsed.title, sections: parsed.sections, entries: parsed.records },
        {
          listName: 'test-list',
          format: 'awesome',
          sources: [V2],
          pillars,
          onProgress: (done) => {
            if (done === 3) throw new Error('disk on fire');
          },
        },
      );
    expect(failing).toThrow('disk on fire');
    db.close();
    expect(hash()).toBe(before);
  });
});
