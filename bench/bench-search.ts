import Database from 'better-sqlite3';
import { buildSynonymTable } from '../src/search/expand-query';
import { PaperIndex } from '../src/search/paper-index';
import { loadSearchVocabulary } from '../src/service/ontology-files';
import type { Db } from '../src/store/database';
import { time } from './bench-http';
import { ratio, round, show } from './stats';

const QUERIES = [
  'grpo image generation',
  'reward model video',
  'spatial reasoning',
  'flow matching preference',
  'gui agent',
];

/** minisearch (ours, measured only: engineer B owns it) beside SQLite FTS5 on the same texts. */
export async function benchSearch(db: Db, runs: number) {
  const synonyms = buildSynonymTable(loadSearchVocabulary());
  let heapBefore = process.memoryUsage().heapUsed;
  const built = performance.now();
  const documents = PaperIndex.build(db, { synonyms }).documentCount;
  const buildMs = round(performance.now() - built);
  const indexHeapMb = round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
  // Saves the index, so the next open reuses it. Neither index is kept: at 100k papers each is
  // a gigabyte of heap, and collecting them during the timed searches would time the collector.
  PaperIndex.open(db);
  collectGarbage();
  const opened = performance.now();
  const reopened = PaperIndex.open(db, { synonyms });
  const openSavedMs = round(performance.now() - opened);
  let q = 0;
  const ours = await time(runs, () => reopened.search(QUERIES[q++ % QUERIES.length]!));
  heapBefore = process.memoryUsage().heapUsed;
  const fts = buildFts(db);
  const fq = fts.prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank');
  const ftsQueries = QUERIES.map((query) =>
    query
      .split(' ')
      .map((w) => `${w}*`)
      .join(' '),
  );
  q = 0;
  const floor = await time(runs, () => fq.all(ftsQueries[q++ % ftsQueries.length]));
  fts.close();
  const figures = {
    documents,
    buildMs,
    indexHeapMb,
    openSavedMs,
    ours: ours.spread,
    fts5: floor.spread,
    p50Ratio: ratio(ours.spread, floor.spread),
  };
  console.log(
    `  search (${documents} docs): ${show(ours.spread)} vs FTS5 ${show(floor.spread)} → ${figures.p50Ratio}×; index build ${buildMs} ms, ~${indexHeapMb} MB heap, saved-index open ${openSavedMs} ms`,
  );
  return figures;
}

/** A full collection now (`npm run bench` exposes it), not during the timed searches. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function buildFts(db: Db): Database.Database {
  const fts = new Database(':memory:');
  fts.exec(
    `CREATE VIRTUAL TABLE docs USING fts5(title, authors, abstract, tokenize = 'unicode61 remove_diacritics 2')`,
  );
  const insert = fts.prepare(
    'INSERT INTO docs (rowid, title, authors, abstract) VALUES (?, ?, ?, ?)',
  );
  const rows = db
    .prepare(
      `SELECT p.id, p.title, p.abstract, (SELECT group_concat(a.name, ' ') FROM paper_authors pa
         JOIN authors a ON a.id = pa.author_id WHERE pa.paper_id = p.id) AS authors FROM papers p`,
    )
    .all() as { id: number; title: string; abstract: string | null; authors: string | null }[];
  fts.transaction(() => {
    for (const row of rows) insert.run(row.id, row.title, row.authors ?? '', row.abstract ?? '');
  })();
  return fts;
}
