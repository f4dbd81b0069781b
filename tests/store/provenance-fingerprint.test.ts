import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, sha256Hex } from '../../src/store/database';
import { addProvenance, listProvenanceByPaperIds } from '../../src/store/provenance.store';
import { databaseBefore } from '../support/older-database';

const ABSTRACT = `We study reward design for image generation. ${'It matters. '.repeat(40)}`;

function insertPaper(db: Database.Database, abstract: string): number {
  db.prepare(
    `INSERT INTO ingest_runs (id, started_at, format, sources) VALUES (1, 'now', 'test', '[]')
              ON CONFLICT DO NOTHING`,
  ).run();
  return Number(
    db
      .prepare(
        `INSERT INTO papers (key, title, abstract, created_run, updated_run)
         VALUES (?, 'A paper', ?, 1, 1)`,
      )
      .run(`k${Math.random()}`, abstract).lastInsertRowid,
  );
}

describe('provenance of long values (migration 0010)', () => {
  it('stores a fingerprint instead of the abstract and reads the abstract back', () => {
    const db = openDatabase(':memory:');
    const paperId = insertPaper(db, ABSTRACT);
    const source = { runId: 1, sourceFile: 'meta.jsonl', sourceLine: 3 };
    addProvenance(db, paperId, { ...source, fact: 'abstract', value: ABSTRACT });
    addProvenance(db, paperId, { ...source, fact: 'abstract', value: ABSTRACT });
    addProvenance(db, paperId, { ...source, fact: 'title', value: 'A paper' });
    const stored = db.prepare(`SELECT value FROM provenance WHERE fact = 'abstract'`).pluck().all();
    expect(stored).toEqual([`sha256:${sha256Hex(ABSTRACT)}`]);
    expect(listProvenanceByPaperIds(db, [paperId])[0]!.map((p) => p.value)).toEqual([
      ABSTRACT,
      'A paper',
    ]);
  });

  it('keeps the fingerprint when the paper now holds another abstract', () => {
    const db = openDatabase(':memory:');
    const paperId = insertPaper(db, 'A newer, different abstract.');
    addProvenance(db, paperId, {
      runId: 1,
      sourceFile: 'old.jsonl',
      sourceLine: 1,
      fact: 'abstract',
      value: ABSTRACT,
    });
    expect(listProvenanceByPaperIds(db, [paperId])[0]![0]!.value).toBe(
      `sha256:${sha256Hex(ABSTRACT)}`,
    );
  });

  it('migrates a database that stored whole abstracts, leaving short values as they were', () => {
    const old = databaseBefore('0010');
    const id = insertPaper(old, ABSTRACT);
    old
      .prepare(
        `INSERT INTO provenance (run_id, paper_id, fact, value, source_file, source_line)
         VALUES (1, ?, 'abstract', ?, 'meta.jsonl', 3), (1, ?, 'title', 'A paper', 'meta.jsonl', 3)`,
      )
      .run(id, ABSTRACT, id);
    expect(migrate(old)).toBeGreaterThan(0);
    const values = old.prepare('SELECT fact, value FROM provenance ORDER BY id').all();
    expect(values).toEqual([
      { fact: 'abstract', value: `sha256:${sha256Hex(ABSTRACT)}` },
      { fact: 'title', value: 'A paper' },
    ]);
    expect(listProvenanceByPaperIds(old, [id])[0]![0]!.value).toBe(ABSTRACT);
  });
});
