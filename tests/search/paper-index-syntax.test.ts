import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSearchVocabulary } from '../../src/service/ontology-files';
import { buildSynonymTable } from '../../src/search/expand-query';
import { markHighlight } from '../../src/search/highlight-hit';
import { PaperIndex } from '../../src/search/paper-index';
import { SearchSyntaxError } from '../../src/search/parse-search-query';
import type { Db } from '../../src/store/database';
import { openDatabase } from '../../src/store/database';
import { run, tempDir } from '../support/cli';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const LIST = fixture('papers for query syntax.md');
const METADATA = fixture('abstracts and authors for the syntax papers.jsonl');

/** A database of the fixture list, with the fixture abstracts and authors when asked. */
async function buildGraph(withMetadata: boolean): Promise<{ db: Db; index: PaperIndex }> {
  const dbPath = join(tempDir(), 'syntax.sqlite');
  const inputs = withMetadata ? [LIST, METADATA] : [LIST];
  const result = await run(['ingest', '--db', dbPath, '--list', 'syntax', ...inputs]);
  expect(result.code, result.stderr).toBe(0);
  const db = openDatabase(dbPath);
  const synonyms = buildSynonymTable(loadSearchVocabulary());
  return { db, index: PaperIndex.build(db, { synonyms }) };
}

let db: Db;
let index: PaperIndex;
let listOnly: { db: Db; index: PaperIndex };
const titleOf = (id: number) =>
  db.prepare('SELECT title FROM papers WHERE id = ?').pluck().get(id) as string;
const titles = (query: string) => index.search(query).map((hit) => titleOf(hit.paperId));
const short = (query: string) => titles(query).map((title) => title.split(/[:(]/)[0]!.trim());

beforeAll(async () => {
  ({ db, index } = await buildGraph(true));
  listOnly = await buildGraph(false);
}, 60_000);
afterAll(() => {
  db?.close();
  listOnly?.db.close();
});

describe('PaperIndex.search ranking', () => {
  it('finds "thinking with images" papers whatever the inflection', () => {
    expect(short('thinking with images').slice(0, 3)).toEqual(
      expect.arrayContaining(['GRIT', 'Thinking with Generated Images']),
    );
  });

  it('finds papers with most of the words when none has every word', () => {
    const hits = index.search('mobile device control agent');
    // each has three of the four words, so either may lead
    expect(hits.map((hit) => titleOf(hit.paperId).split(':')[0]).sort()).toEqual([
      'DigiRL',
      'Mobile-R1',
    ]);
    expect(hits.every((hit) => !hit.matchedAll)).toBe(true);
  });

  it('ranks papers with every word before papers with most of them', () => {
    const hits = index.search('video generation human');
    expect(titleOf(hits[0]!.paperId)).toBe('Improving Video Generation with Human Feedback');
    expect(hits[0]!.matchedAll).toBe(true);
    expect(hits.slice(1).every((hit) => !hit.matchedAll)).toBe(true);
    expect(hits.length).toBeGreaterThan(2);
  });

  it('never finds fewer papers for a query once abstracts are added', () => {
    for (const query of ['mobile device control agent', 'video generation', 'grpo generation']) {
      const before = new Set(listOnly.index.search(query).map((hit) => hit.paperId));
      const after = new Set(index.search(query).map((hit) => hit.paperId));
      expect(
        [...before].filter((id) => !after.has(id)),
        query,
      ).toEqual([]);
    }
  });

  it('treats U+2011 hyphens, ASCII hyphens and joined words alike', () => {
    expect(short('Device-Control')[0]).toBe('DigiRL');
    expect(short('device\u2011control agents')[0]).toBe('DigiRL');
    expect(short('multimodal reasoning')[0]).toBe(
      'Perceptual Decoupling for Scalable Multi‑modal Reasoning via Reward-Optimized Captioning'.split(
        ':',
      )[0],
    );
  });

  it('forgives a typo in a word no paper has, without drowning exact matches', () => {
    expect(short('reinforcment')).toEqual(short('reinforcement'));
    expect(short('gnerated images')[0]).toBe('Thinking with Generated Images');
  });
});

describe('PaperIndex.search syntax', () => {
  it('requires a quoted phrase, words adjacent and in order', () => {
    // phrases compare stems, as the index does: "thinking with images" is "think with images"
    expect(short('"thinking with images"')).toEqual(['GRIT']);
    expect(short('"images with thinking"')).toEqual([]);
    expect(short('"with generated images"')).toEqual(['Thinking with Generated Images']);
  });

  it('leaves out excluded words and phrases', () => {
    const withoutVideo = short('generation -video');
    expect(withoutVideo).toContain('Thinking with Generated Images');
    expect(withoutVideo).not.toContain('DanceGRPO'); // its abstract says video
    expect(withoutVideo).not.toContain('Improving Video Generation with Human Feedback');
    expect(short('images -"generated images"')).not.toContain('Thinking with Generated Images');
  });

  it('limits words to a field', () => {
    expect(short('author:Levine').sort()).toEqual([
      'Improving Video Generation with Human Feedback',
      'Mobile-R1',
    ]);
    expect(short('title:video')).toEqual(['Improving Video Generation with Human Feedback']);
    expect(short('abstract:video')).toEqual(
      expect.arrayContaining(['DanceGRPO', 'Improving Video Generation with Human Feedback']),
    );
    expect(short('arxiv:2505.05470')).toEqual(['Flow-GRPO']);
  });

  it('filters by year and by linked concept, with or without words', () => {
    expect(short('images year:2024')).toEqual(['Images Are Worth Thinking About']);
    expect(short('images year:2025..')).not.toContain('Images Are Worth Thinking About');
    // GRPO and its variants, as the filter `algorithms: ["grpo"]` reads it (GRIT's GRPO-GR too)
    expect(short('algorithm:GRPO').sort()).toEqual(['DanceGRPO', 'Flow-GRPO', 'GRIT']);
    expect(short('algorithm:"group relative policy optimization" flow')).toEqual(['Flow-GRPO']);
  });

  it('throws SearchSyntaxError for an unknown concept, naming near ones', () => {
    expect(() => index.search('algorithm:GRPOO')).toThrow(SearchSyntaxError);
    expect(() => index.search('algorithm:GRP')).toThrow(
      /no algorithm named "GRP"; did you mean .*GRPO/,
    );
    expect(index.validate('algorithm:NOPE')).toMatch(/no algorithm named "NOPE"/);
    expect(index.validate('"open')).toMatch(/unclosed quote/);
    expect(index.validate('algorithm:GRPO')).toBeUndefined();
  });

  it('selects only the papers with every word for collections and exports', () => {
    const hits = index.search('video generation');
    expect(hits.some((hit) => !hit.matchedAll)).toBe(true);
    expect(index.select('video generation').map(titleOf)).toEqual(
      hits.filter((hit) => hit.matchedAll).map((hit) => titleOf(hit.paperId)),
    );
  });
});

describe('PaperIndex highlights and suggestions', () => {
  it('marks the matched words in the title and a fragment of the abstract', () => {
    const [hit] = index.search('mobile agent interaction');
    const [title, abstract] = index.highlight([hit!])[0]!;
    expect(title!.field).toBe('title');
    expect(markHighlight(title!, '[', ']')).toBe(
      'Mobile-R1: Towards [Interactive] Reinforcement Learning for VLM-Based [Mobile] [Agent] via Task-Level Rewards'.replace(
        'Mobile-R1',
        '[Mobile]-R1',
      ),
    );
    expect(abstract!.field).toBe('abstract');
    expect(markHighlight(abstract!, '[', ']')).toMatch(
      /^A \[mobile\] \[agent\] learns .* \[interaction\]/,
    );
  });

  it('suggests the nearest indexed words when nothing matches', () => {
    expect(index.search('zzzz qqqq')).toHaveLength(0);
    expect(index.suggest('captionnning')).toContain('captioning');
  });
});

describe('PaperIndex.similarPapers', () => {
  it('finds the papers worded most like one, by TF-IDF cosine of title and abstract', () => {
    const id = (arxivId: string) =>
      db.prepare('SELECT id FROM papers WHERE arxiv_id = ?').pluck().get(arxivId) as number;
    const similar = index.similarPapers(id('2501.13918'), 3);
    expect(similar.length).toBeGreaterThan(0);
    expect(titleOf(similar[0]!.paperId)).toMatch(/DanceGRPO|Video|Generat/);
    expect(similar[0]!.cosine).toBeGreaterThan(0);
    expect(similar[0]!.cosine).toBeLessThanOrEqual(1);
    expect(similar.map((s) => s.cosine)).toEqual(
      [...similar.map((s) => s.cosine)].sort((a, b) => b - a),
    );
    expect(similar.map((s) => s.paperId)).not.toContain(id('2501.13918'));
  });
});
