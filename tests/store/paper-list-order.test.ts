import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quietIo } from '../../bench/measure';
import { conceptNames } from '../../bench/synthetic/concept-names';
import { writeCorpus } from '../../bench/synthetic/write-corpus';
import { ingestFiles } from '../../src/cli/ingest-command';
import { loadOntology } from '../../src/service/ontology-files';
import { openDatabase } from '../../src/store/database';
import type { Db } from '../../src/store/database';
import { tempDir } from '../support/cli';

/** The order as it was computed before migration 0020, per query. */
const recomputed = (db: Db) =>
  db
    .prepare(
      `SELECT p.id FROM papers p ORDER BY coalesce((SELECT min(s.position * 100000 + ps.position)
         FROM paper_sections ps JOIN sections s ON s.id = ps.section_id WHERE ps.paper_id = p.id),
         1e18), p.id`,
    )
    .pluck()
    .all();
const stored = (db: Db) =>
  db.prepare('SELECT id FROM papers ORDER BY list_order, id').pluck().all();

describe('papers.list_order (migration 0020)', () => {
  it('follows placements and section moves, whatever writes them', () => {
    const dir = tempDir();
    const concepts = conceptNames(loadOntology());
    const corpus = writeCorpus(join(dir, 'corpus'), { papers: 120, seed: 4, concepts });
    const path = join(dir, 'g.sqlite');
    ingestFiles([corpus.list, corpus.jsonl], { db: path, list: 'synthetic' }, quietIo);
    const db = openDatabase(path);
    expect(stored(db)).toEqual(recomputed(db));
    db.prepare('UPDATE sections SET position = 1000 - position').run();
    db.prepare(
      'DELETE FROM paper_sections WHERE (paper_id + section_id) % 3 = 0 OR paper_id % 5 = 0',
    ).run();
    db.prepare('UPDATE paper_sections SET position = position + 7 WHERE paper_id % 2 = 0').run();
    expect(stored(db)).toEqual(recomputed(db));
    expect(stored(db)).not.toEqual(db.prepare('SELECT id FROM papers ORDER BY id').pluck().all());
    db.close();
  });
});
