import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/app';
import { createLinkedGraph } from '../support/entity-graph';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('ontology entities over GraphQL', () => {
  let api: ReturnType<typeof createTestApp>;
  const query = async (document: string, variables?: Record<string, unknown>) => {
    const result = await api.query<Data>(document, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  beforeAll(() => {
    api = createTestApp(createLinkedGraph().db);
  });

  describe('Paper link fields', () => {
    it('return each link with relation, confidence, origin, evidence and the entity', async () => {
      const data = await query(`{ paper(arxivId: "2505.05470") {
        algorithms { relation confidence origin note evidence { field matchedText start end rule } algorithm { slug variantOf { slug } } }
        benchmarks { relation benchmark { slug task pillars { slug } } }
        rewards { reward { slug } } paradigms { paradigm { slug } } } }`);
      expect(data.paper.algorithms[0]).toEqual({
        relation: 'PROPOSES',
        confidence: 0.95,
        origin: 'TAGGER',
        note: null,
        evidence: {
          field: 'title',
          matchedText: 'Flow-GRPO',
          start: 0,
          end: 9,
          rule: 'title-head',
        },
        algorithm: { slug: 'flow-grpo', variantOf: { slug: 'grpo' } },
      });
      expect(data.paper.benchmarks).toEqual([
        {
          relation: 'USES',
          benchmark: {
            slug: 'geneval',
            task: 'text-to-image',
            pillars: [{ slug: 'visual-generation' }, { slug: 'unified-models' }],
          },
        },
      ]);
    });

    it('narrow by relation and confidence, and show override links with their note', async () => {
      const data = await query(`{
        dance: paper(arxivId: "2505.07818") { algorithms(relation: PROPOSES) { algorithm { slug } } sure: algorithms(minConfidence: 0.95) { confidence } }
        study: paper(arxivId: "2506.10001") { algorithms { origin confidence evidence { rule } note algorithm { slug } } } }`);
      expect(data.dance.algorithms).toEqual([{ algorithm: { slug: 'dance-grpo' } }]);
      expect(data.dance.sure.every((l: Data) => l.confidence >= 0.95)).toBe(true);
      expect(data.study.algorithms).toEqual([
        {
          origin: 'OVERRIDE',
          confidence: 1,
          evidence: null,
          note: expect.stringMatching(/Diffusion-DPO/),
          algorithm: { slug: 'diffusion-dpo' },
        },
      ]);
    });

    it('implement the EntityLink interface', async () => {
      const data = await query(
        `{ paper(arxivId: "2503.07365") { benchmarks { __typename ... on EntityLink { relation } } } }`,
      );
      expect(data.paper.benchmarks).toEqual([
        { __typename: 'BenchmarkLink', relation: 'PROPOSES' },
      ]);
    });
  });

  describe('entity query fields', () => {
    it('find an algorithm by slug with its family, counts and papers', async () => {
      const data =
        await query(`{ algorithm(slug: "grpo") { id name variantOf { slug } variants { slug }
        paperCount vg: paperCount(filter: { pillars: ["mllm"] })
        papers(first: 5) { totalCount edges { node { arxivId } } } } missing: algorithm(slug: "nope") { slug } }`);
      const grpo = data.algorithm;
      expect(grpo.variantOf).toEqual({ slug: 'ppo' });
      expect(grpo.variants.map((v: Data) => v.slug)).toEqual(
        expect.arrayContaining(['flow-grpo', 'dance-grpo']),
      );
      expect([grpo.paperCount, grpo.vg, grpo.papers.totalCount]).toEqual([2, 0, 2]);
      expect(data.missing).toBeNull();
      const again = await query(
        'query($id: ID!) { node(id: $id) { __typename ... on Algorithm { slug } } }',
        { id: grpo.id },
      );
      expect(again.node).toEqual({ __typename: 'Algorithm', slug: 'grpo' });
    });

    it('list the benchmarks used by papers of a pillar, most used first', async () => {
      const data =
        await query(`{ benchmarks(usedBy: { pillars: ["visual-generation"] }, orderBy: PAPER_COUNT) {
        slug paperCount(filter: { pillars: ["visual-generation"] }) papers(filter: { pillars: ["visual-generation"] }) { totalCount } } }`);
      expect(data.benchmarks).toEqual([
        { slug: 'geneval', paperCount: 2, papers: { totalCount: 2 } },
      ]);
    });

    it('list paradigms with their rewards and reward types with their level', async () => {
      const data =
        await query(`{ paradigm(slug: "rlvr") { rewards { slug } papers { edges { node { arxivId } } } }
        rewardTypes(first: 3) { slug } all: rewardTypes { slug }
        rewardType(slug: "pickscore") { evaluationLevel } }`);
      expect(data.paradigm.rewards).toEqual([{ slug: 'verifiable-reward' }]);
      expect(data.paradigm.papers.edges).toEqual([{ node: { arxivId: '2503.07365' } }]);
      expect(data.rewardTypes).toHaveLength(3);
      expect(data.all.length).toBeGreaterThan(3);
      expect(data.rewardType.evaluationLevel).toEqual(expect.any(String));
    });
  });

  describe('filters', () => {
    it('select papers by algorithm family, benchmark, paradigm and author, combined', async () => {
      const ids = async (filter: Data) => {
        const data = await query(
          'query($f: PaperFilterInput) { papers(filter: $f) { edges { node { arxivId } } } }',
          { f: filter },
        );
        return data.papers.edges.map((e: Data) => e.node.arxivId).sort();
      };
      expect(await ids({ algorithms: ['grpo'] })).toEqual(['2505.05470', '2505.07818']);
      expect(await ids({ algorithms: ['grpo'], authors: ['Zeyue Xue'] })).toEqual(['2505.07818']);
      expect(await ids({ paradigms: ['rlhf'], pillars: ['visual-generation'] })).toEqual([
        '2506.10001',
      ]);
      const author = await query('{ author(name: "Shao, Wenqi") { id name paperCount } }');
      expect(author.author).toMatchObject({ name: 'Wenqi Shao', paperCount: 2 });
      expect(await ids({ authors: [author.author.id], benchmarks: ['mmk12'] })).toEqual([
        '2503.07365',
      ]);
    });
  });

  describe('authors and venues', () => {
    it('page through authors by name part, most papers first', async () => {
      const data =
        await query(`{ authors(first: 2, nameContains: "liu", orderBy: PAPER_COUNT) { totalCount
        pageInfo { hasNextPage } edges { node { name paperCount papers { totalCount } } } } }`);
      expect(data.authors.totalCount).toBe(2);
      expect(data.authors.edges[0].node).toEqual({
        name: 'Jie Liu',
        paperCount: 2,
        papers: { totalCount: 2 },
      });
    });

    it('refuses an author lookup with both or neither of id and name', async () => {
      const result = await api.query('{ author { name } }');
      expect(result.errors?.[0]?.message).toMatch(/exactly one of `id` or `name`/);
    });

    it('derive venues from papers, ignoring case, with their papers', async () => {
      const data = await query(
        `{ venues { id name paperCount papers { totalCount } } venue(name: "neurips") { paperCount } }`,
      );
      expect(data.venues).toEqual([
        expect.objectContaining({ name: 'NeurIPS', paperCount: 2, papers: { totalCount: 2 } }),
      ]);
      expect(data.venue).toEqual({ paperCount: 2 });
    });
  });

  describe('search facets', () => {
    it('count matches per algorithm, reward, benchmark and paradigm', async () => {
      const data = await query(`{ search(query: "grpo") { totalCount facets {
        algorithms { value count } benchmarks { value count } rewards { value } paradigms { value } } } }`);
      expect(data.search.facets.algorithms).toEqual(
        expect.arrayContaining([{ value: 'grpo', count: 2 }]),
      );
      expect(data.search.facets.benchmarks).toEqual([{ value: 'geneval', count: 2 }]);
      const filtered = await query(
        '{ search(query: "grpo", filter: { algorithms: ["dance-grpo"] }) { totalCount } }',
      );
      expect(filtered.search.totalCount).toBe(1);
    });
  });
});
