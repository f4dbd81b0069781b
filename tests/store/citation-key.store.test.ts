import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignCitationKeys } from '../../src/model/paper/citation-key';
import {
  claimCitationKeys,
  listAllCitationKeys,
  listCitationKeysByPaperIds,
} from '../../src/store/citation-key.store';
import { listPaperDetailsByIds } from '../../src/store/paper-details.store';
import { findPaperIdsByRefs } from '../../src/store/paper-ref.store';
import { listPaperIds } from '../../src/store/paper.store';
import { generateList } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const V1 = 'list version one.md';
const AT = '2026-02-01T00:00:00.000Z';

function graphWithList() {
  const graph = createTestGraph();
  const text = readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8');
  ingestMarkdown(graph.db, text, V1);
  const ids = listPaperIds(graph.db, { limit: -1, offset: 0 });
  return { db: graph.db, ids };
}

describe('listPaperDetailsByIds', () => {
  it('gives papers with authors, links, sections and pillars in the order of the ids', () => {
    const { db, ids } = graphWithList();
    const details = listPaperDetailsByIds(db, [...ids].reverse());
    expect(details.map((d) => d.paper.id)).toEqual([...ids].reverse());
    const eureka = details.find((d) => d.paper.arxivId === '2503.07365')!;
    expect(eureka).toMatchObject({
      authors: [],
      links: expect.arrayContaining([
        { kind: 'code', url: 'https://github.com/ModalMinds/MM-EUREKA' },
      ]),
      sections: [['Multi-Modal Large Language Models with RL', 'Image Reasoning']],
      pillars: ['Multimodal LLMs'],
    });
  });

  it('leaves out ids with no paper', () => {
    const { db, ids } = graphWithList();
    expect(listPaperDetailsByIds(db, [999, ids[0]!]).map((d) => d.paper.id)).toEqual([ids[0]]);
  });

  it('costs five statements, whatever the number of papers', () => {
    const statements: string[] = [];
    const { db } = createTestGraph({ onStatement: (sql) => statements.push(sql) });
    ingestMarkdown(db, generateList(120), 'generated.md');
    const ids = listPaperIds(db, { limit: -1, offset: 0 });
    const count = (n: number) => {
      statements.length = 0;
      expect(listPaperDetailsByIds(db, ids.slice(0, n))).toHaveLength(n);
      return statements.length;
    };
    expect(count(3)).toBe(5);
    expect(count(120)).toBe(5);
  });
});

describe('claimCitationKeys', () => {
  const assign = (db: ReturnType<typeof graphWithList>['db'], ids: number[]) => {
    const papers = listPaperDetailsByIds(db, ids);
    return claimCitationKeys(db, (existing) => assignCitationKeys(papers, existing), AT);
  };

  it('stores the keys of papers exported for the first time', () => {
    const { db, ids } = graphWithList();
    const keys = assign(db, ids.slice(0, 2));
    expect([...keys.values()]).toEqual(['mmeureka2025exploring', 'perceptual2025decoupling']);
    expect(listCitationKeysByPaperIds(db, ids)).toEqual([...keys.values(), undefined, undefined]);
  });

  it('keeps a stored key even when the paper would get another one today', () => {
    const { db, ids } = graphWithList();
    db.prepare(
      `INSERT INTO citation_keys (paper_id, key, assigned_at) VALUES (?, 'kept2020', ?)`,
    ).run(ids[0], AT);
    expect(assign(db, ids).get(ids[0]!)).toBe('kept2020');
    expect(listAllCitationKeys(db).size).toBe(ids.length);
  });

  it('never gives a new paper a key another paper holds, even outside the export', () => {
    const { db, ids } = graphWithList();
    const taken = 'flowgrpo2025training';
    db.prepare('INSERT INTO citation_keys (paper_id, key, assigned_at) VALUES (?, ?, ?)').run(
      ids[0],
      taken,
      AT,
    );
    const flow = findPaperIdsByRefs(db, [{ arxivId: '2505.05470' }])[0]!;
    expect(assign(db, [flow]).get(flow)).toBe('flowgrpo2025traininga');
  });

  it('writes nothing when the assignment breaks uniqueness (a bug), and says so', () => {
    const { db, ids } = graphWithList();
    const clash = () =>
      claimCitationKeys(
        db,
        () =>
          new Map([
            [ids[0]!, 'same'],
            [ids[1]!, 'same'],
          ]),
        AT,
      );
    expect(clash).toThrow(/UNIQUE constraint failed: citation_keys.key/);
    expect(listAllCitationKeys(db).size).toBe(0);
  });
});

describe('findPaperIdsByRefs', () => {
  it('finds papers by id, arXiv id, paper key and citation key, in the order given', () => {
    const { db, ids } = graphWithList();
    db.prepare(
      `INSERT INTO citation_keys (paper_id, key, assigned_at) VALUES (?, 'eureka', ?)`,
    ).run(ids[0], AT);
    const found = findPaperIdsByRefs(db, [
      { key: 'url:ieeexplore.ieee.org/document/10987802' },
      { arxivId: '2505.05470' },
      { key: 'eureka' },
      { paperId: ids[1]! },
      { paperId: 999 },
      { key: 'nope' },
    ]);
    expect(found).toEqual([ids[3], ids[2], ids[0], ids[1], undefined, undefined]);
  });
});
