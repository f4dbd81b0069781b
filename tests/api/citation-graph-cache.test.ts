import { beforeAll, describe, expect, it } from 'vitest';
import { ingestCitations } from '../../ingest/pipeline/ingest-citations';
import { createTestApp } from '../support/app';
import { generateCitationCorpus, generatedArxivId as id } from '../support/citation-corpus';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const corpus = generateCitationCorpus();
const citesFirstPaper = (record: (typeof corpus.records)[number]) =>
  record.citing.arxivId === id(0);

/** How many times the whole citation graph was read (its one statement over every edge). */
let edgeReads = 0;
const countEdgeReads = (sql: string) => {
  if (/FROM citations c JOIN works a/.test(sql)) edgeReads++;
};

const QUERY = `{
  paper(arxivId: "${id(0)}") { references { totalCount } }
  citationPath(from: "${id(5)}", to: "${id(3)}") { key }
}`;
interface Answer {
  paper: { references: { totalCount: number } };
  citationPath: { key: string }[] | null;
}

describe('when references and paths are asked again', () => {
  const { db } = createTestGraph({ onStatement: countEdgeReads });
  let app: ReturnType<typeof createTestApp>;
  const importCitations = (records: typeof corpus.records) =>
    ingestCitations(db, records, { format: 's2-dataset', sources: ['generated.jsonl'] });

  beforeAll(() => {
    ingestMarkdown(db, corpus.list, 'generated.md', 'generated');
    importCitations(corpus.records.filter((record) => !citesFirstPaper(record)));
    app = createTestApp(db);
  });

  it('reads the citation graph once for every request until an ingest changes it', async () => {
    edgeReads = 0;
    const first = await app.query<Answer>(QUERY);
    const second = await app.query<Answer>(QUERY);
    expect(first.errors).toBeUndefined();
    expect(second).toEqual(first);
    expect(first.data!.paper.references.totalCount).toBe(0);
    expect(first.data!.citationPath).toHaveLength(2);
    expect(edgeReads).toBe(1);
  });

  it('reads it again after a citation import, and answers with the new edges', async () => {
    edgeReads = 0;
    const summary = importCitations(corpus.records.filter(citesFirstPaper));
    expect(summary.edges.added).toBe(2);
    const after = await app.query<Answer>(QUERY);
    await app.query<Answer>(QUERY);
    expect(after.data!.paper.references.totalCount).toBe(2);
    expect(edgeReads).toBe(1);
  });
});
