import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSearchVocabulary } from '../../src/service/ontology-files';
import { buildSynonymTable } from '../../src/search/expand-query';
import { PaperIndex } from '../../src/search/paper-index';
import { createTestGraph, ingestMarkdown } from '../support/graph';
import { hitValues } from '../support/search-hits';

const FIXTURE = 'titles that spell concepts differently.md';
const { db } = createTestGraph();
ingestMarkdown(db, readFileSync(join(import.meta.dirname, 'fixtures', FIXTURE), 'utf8'), FIXTURE);
const synonyms = buildSynonymTable(loadSearchVocabulary());
const expanding = PaperIndex.build(db, { synonyms });
const plain = PaperIndex.build(db);
const titleOf = (id: number) =>
  db.prepare('SELECT title FROM papers WHERE id = ?').pluck().get(id) as string;
const titles = (index: PaperIndex, query: string) =>
  index.search(query).map((hit) => titleOf(hit.paperId).split(':')[0]);

describe('PaperIndex.search with synonyms', () => {
  it('finds GRPO papers for the spelled-out name, and the spelled-out paper for GRPO', () => {
    expect(titles(expanding, 'Group Relative Policy Optimization')).toEqual(
      expect.arrayContaining([
        'DanceGRPO',
        'Improving Video Generation with Group Relative Policy Optimization',
      ]),
    );
    expect(titles(expanding, 'GRPO')).toEqual(
      expect.arrayContaining([
        'DanceGRPO',
        'Improving Video Generation with Group Relative Policy Optimization',
      ]),
    );
    expect(titles(plain, 'GRPO')).toEqual(['DanceGRPO']);
  });

  it('finds text-to-image papers for T2I, and the T2I paper for text-to-image', () => {
    expect(titles(expanding, 'T2I')).toEqual(expect.arrayContaining(['T2I-R1', 'DiffPPO']));
    expect(titles(expanding, 'text-to-image')).toEqual(
      expect.arrayContaining(['T2I-R1', 'DiffPPO']),
    );
    expect(titles(plain, 'T2I')).toEqual(['T2I-R1']);
  });

  it('pairs VLA with vision-language-action, and DPO with direct preference optimization', () => {
    expect(titles(expanding, 'vision-language-action')).toEqual(
      expect.arrayContaining(['OpenVLA', 'VLA-RL']),
    );
    expect(titles(expanding, 'VLA')).toEqual(expect.arrayContaining(['OpenVLA', 'VLA-RL']));
    expect(titles(expanding, 'DPO')).toEqual(
      expect.arrayContaining([
        'Diffusion Model Alignment Using Direct Preference Optimization',
        'Aligning Text Encoders with DPO',
      ]),
    );
    expect(titles(expanding, 'Direct Preference Optimization')).toContain(
      'Aligning Text Encoders with DPO',
    );
  });

  it('ranks papers with the other words of the query first, then those without', () => {
    const hits = expanding.search('GRPO video');
    expect(hits.filter((hit) => hit.matchedAll).map((hit) => titleOf(hit.paperId))).toEqual([
      'Improving Video Generation with Group Relative Policy Optimization',
    ]);
    expect(hits[0]!.matchedAll).toBe(true);
    expect(hits.slice(1).every((hit) => !hit.matchedAll)).toBe(true);
  });

  it('reports the indexed terms that matched, whichever spelling it was', () => {
    const hits = expanding.search('T2I');
    const diffppo = hits.find((hit) => titleOf(hit.paperId).startsWith('DiffPPO'))!;
    expect(diffppo.terms).toEqual(expect.arrayContaining(['text', 'to', 'imag']));
    const t2i = hits.find((hit) => titleOf(hit.paperId).startsWith('T2I-R1'))!;
    expect(t2i.terms).toContain('t2i');
  });

  it('does not rank a paper higher merely for spelling a name out', () => {
    const [first] = titles(expanding, 'GRPO');
    expect(first).toBe('DanceGRPO'); // four spelled-out words weigh as much as one, not four times
  });

  it('leaves queries without known concepts exactly as before', () => {
    for (const query of ['generation', 'learning pixels', 'robotic zebra']) {
      expect(hitValues(expanding.search(query))).toEqual(hitValues(plain.search(query)));
    }
  });
});
