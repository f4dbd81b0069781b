/**
 * Ontology-aware search over the real shared data (newest Visual-RL list + paper metadata):
 * a concept written one way finds papers that write it another way. Skipped without ../shared.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSearchVocabulary } from '../../src/service/ontology-files';
import { buildSynonymTable } from '../../src/search/expand-query';
import { PaperIndex } from '../../src/search/paper-index';
import type { Db } from '../../src/store/database';
import { openDatabase } from '../../src/store/database';
import { run, tempDir } from '../support/cli';
import { describeWithSharedData, sharedAwesomeListFiles, sharedFile } from '../support/shared-data';

describeWithSharedData('searching the real Visual-RL papers with the ontology', () => {
  let db: Db;
  let expanding: PaperIndex;
  let plain: PaperIndex;
  const textOf = (id: number) =>
    db
      .prepare(`SELECT title || ' ' || coalesce(abstract, '') FROM papers WHERE id = ?`)
      .pluck()
      .get(id) as string;
  const found = (index: PaperIndex, query: string) => index.search(query).map((hit) => hit.paperId);
  /** Papers the expanding index finds for `query` whose text only has the `other` spelling. */
  const foundOnlyAs = (query: string, written: RegExp, other: RegExp) =>
    found(expanding, query).filter((id) => !written.test(textOf(id)) && other.test(textOf(id)));

  beforeAll(async () => {
    const dbPath = join(tempDir(), 'real.sqlite');
    const inputs = [sharedAwesomeListFiles().at(-1)!, sharedFile('paper-metadata.jsonl')];
    expect((await run(['ingest', '--db', dbPath, '--list', 'visual-rl', ...inputs])).code).toBe(0);
    db = openDatabase(dbPath);
    plain = PaperIndex.build(db);
    expanding = PaperIndex.build(db, {
      synonyms: buildSynonymTable(loadSearchVocabulary()),
    });
  }, 60_000);
  afterAll(() => db?.close());

  it('finds papers that write GRPO for "Group Relative Policy Optimization", and back', () => {
    expect(
      foundOnlyAs(
        'Group Relative Policy Optimization',
        /group relative policy optimi[sz]ation/i,
        /\bGRPO\b/,
      ).length,
    ).toBeGreaterThan(5);
    expect(
      foundOnlyAs('GRPO', /GRPO/i, /group relative policy optimi[sz]ation/i).length,
    ).toBeGreaterThan(0);
    expect(found(expanding, 'Group Relative Policy Optimization').length).toBeGreaterThan(
      found(plain, 'Group Relative Policy Optimization').length,
    );
  });

  it('finds text-to-image papers for T2I, and T2I papers for text-to-image', () => {
    expect(foundOnlyAs('T2I', /\bT2I\b/i, /text-to-image/i).length).toBeGreaterThan(10);
    const t2iTitled = db
      .prepare(`SELECT id FROM papers WHERE title LIKE '%T2I%'`)
      .pluck()
      .all() as number[];
    expect(t2iTitled.length).toBeGreaterThan(0);
    expect(found(expanding, 'text-to-image')).toEqual(expect.arrayContaining(t2iTitled));
  });

  it('pairs VLA with vision-language-action, both ways', () => {
    expect(foundOnlyAs('VLA', /\bVLAs?\b/, /vision[- ]language[- ]action/i).length).toBeGreaterThan(
      0,
    );
    expect(
      foundOnlyAs('vision-language-action', /vision[- ]language[- ]action/i, /\bVLAs?\b/).length,
    ).toBeGreaterThan(0);
  });

  it('pairs DPO with Direct Preference Optimization, both ways', () => {
    expect(
      foundOnlyAs('DPO', /\bDPO\b/, /direct preference optimi[sz]ation/i).length,
    ).toBeGreaterThan(0);
    expect(
      foundOnlyAs('Direct Preference Optimization', /direct preference optimi[sz]ation/i, /\bDPO\b/)
        .length,
    ).toBeGreaterThan(0);
  });

  it('keeps ranking the papers named after the concept first', () => {
    const [first] = found(expanding, 'Group Relative Policy Optimization');
    expect(textOf(first!)).toMatch(/GRPO|group relative policy optimi[sz]ation/i);
  });
});
