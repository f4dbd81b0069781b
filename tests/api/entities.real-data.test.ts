/**
 * The knowledge graph over the real shared data: the newest Visual-RL list, the paper metadata
 * and the README citations, ingested (and so linked) the way `surveygraph ingest` does it, then
 * queried through GraphQL. Skipped when ../shared is absent.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { openDatabase } from '../../src/store/database';
import { countEntityLinksByKind } from '../../src/store/entity-link.store';
import { createTestApp } from '../support/app';
import { run, tempDir } from '../support/cli';
import { describeWithSharedData, sharedAwesomeListFiles, sharedFile } from '../support/shared-data';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describeWithSharedData('the knowledge graph of the real Visual-RL list', () => {
  let db: Db;
  let dbPath: string;
  let api: ReturnType<typeof createTestApp>;
  let ingestOutput: string;
  const query = async (document: string, variables?: Record<string, unknown>) => {
    const result = await api.query<Data>(document, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  beforeAll(async () => {
    dbPath = join(tempDir(), 'real.sqlite');
    const inputs = [
      sharedAwesomeListFiles().find((f) => f.endsWith('README.2026-02-10.7441bd7.md'))!,
      sharedFile('paper-metadata.jsonl'),
      sharedFile('readme-citations.bib'),
    ];
    const result = await run(['ingest', '--db', dbPath, ...inputs]);
    expect(result.code).toBe(0);
    ingestOutput = result.stdout;
    db = openDatabase(dbPath);
    api = createTestApp(db);
  }, 60_000);
  afterAll(() => db?.close());

  it('links every kind, with evidence for every tagger link', () => {
    const byKind = Object.fromEntries(countEntityLinksByKind(db).map((k) => [k.kind, k]));
    expect(byKind['algorithm']!.links).toBeGreaterThan(100);
    expect(byKind['benchmark']!.links).toBeGreaterThan(100);
    expect(byKind['reward']!.links).toBeGreaterThan(60);
    expect(byKind['paradigm']!.links).toBeGreaterThan(50);
    expect(byKind['algorithm']!.proposes).toBeGreaterThan(20);
    const withoutEvidence = db
      .prepare(
        `SELECT count(*) FROM paper_entities pe WHERE pe.origin = 'tagger' AND NOT EXISTS (
           SELECT 1 FROM paper_entity_evidence ev WHERE ev.paper_id = pe.paper_id
             AND ev.entity_id = pe.entity_id AND ev.relation = pe.relation)`,
      )
      .pluck()
      .get();
    expect(withoutEvidence).toBe(0);
    expect(ingestOutput).toMatch(/entity links: \d+ papers tagged, \d+ changed — .*algorithm \d+/);
    expect(ingestOutput).toMatch(/overrides: [1-9]\d* applied/);
  });

  it('finds the Visual Generation papers that use a GRPO-family algorithm', async () => {
    const family = await grpoFamily();
    expect(family).toEqual(
      expect.arrayContaining(['grpo', 'flow-grpo', 'dance-grpo', 'tempflow-grpo']),
    );
    const data =
      await query(`{ papers(first: 100, filter: { pillars: ["visual-generation"], algorithms: ["grpo"] }) {
      totalCount edges { node { title pillars { slug } algorithms { algorithm { slug } } } } } }`);
    const nodes: Data[] = data.papers.edges.map((e: Data) => e.node);
    expect(data.papers.totalCount).toBe(nodes.length);
    const titles = nodes.map((n) => n.title);
    for (const name of ['Flow-GRPO:', 'DanceGRPO:', 'TempFlow-GRPO:'])
      expect(titles.some((t) => t.startsWith(name))).toBe(true);
    for (const node of nodes) {
      expect(node.pillars.map((p: Data) => p.slug)).toContain('visual-generation');
      expect(node.algorithms.some((l: Data) => family.includes(l.algorithm.slug))).toBe(true);
    }
  });

  it('finds the papers of an author of MM-Eureka, by name or by id', async () => {
    const data = await query(`{ paper(arxivId: "2503.07365") { authors { id name } } }`);
    const author = data.paper.authors.find((a: Data) => a.name === 'Fanqing Meng');
    expect(author).toBeDefined();
    const byName = await query(`{ papers(filter: { authors: ["Meng, Fanqing"] }) { totalCount
      edges { node { arxivId authors { name } } } } }`);
    const byId = await query(
      'query($a: String!) { papers(filter: { authors: [$a] }) { totalCount } }',
      {
        a: author.id,
      },
    );
    expect(byId.papers.totalCount).toBe(byName.papers.totalCount);
    const nodes: Data[] = byName.papers.edges.map((e: Data) => e.node);
    expect(nodes.map((n) => n.arxivId)).toContain('2503.07365');
    for (const node of nodes)
      expect(node.authors.map((a: Data) => a.name)).toContain('Fanqing Meng');
    const lookup = await query('{ author(name: "fanqing meng") { paperCount } }');
    expect(lookup.author.paperCount).toBe(byName.papers.totalCount);
  });

  it('ranks the benchmarks most reported by VLA papers', async () => {
    const data =
      await query(`{ benchmarks(usedBy: { pillars: ["vla"] }, orderBy: PAPER_COUNT, first: 5) {
      slug vla: paperCount(filter: { pillars: ["vla"] })
      papers(filter: { pillars: ["vla"] }, first: 100) { totalCount edges { node { pillars { slug } } } } } }`);
    const ranked: Data[] = data.benchmarks;
    expect(ranked).toHaveLength(5);
    expect(ranked.map((b) => b.slug)).toContain('libero');
    const counts = ranked.map((b) => b.vla);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const benchmark of ranked) {
      expect(benchmark.papers.totalCount).toBe(benchmark.vla);
      for (const edge of benchmark.papers.edges)
        expect(edge.node.pillars.map((p: Data) => p.slug)).toContain('vla');
    }
  });

  it('narrows a search by entities and counts the new facets', async () => {
    const data = await query(`{ search(query: "grpo", filter: { algorithms: ["grpo"] }) { totalCount
      facets { algorithms { value count } benchmarks { value } rewards { value } paradigms { value } } } }`);
    const grpo = data.search.facets.algorithms.find((f: Data) => f.value === 'grpo');
    expect(grpo.count).toBe(data.search.totalCount);
    expect(data.search.facets.benchmarks.length).toBeGreaterThan(0);
  });

  it('changes no link when the same files are ingested again', async () => {
    const again = await run(['ingest', '--db', dbPath, sharedFile('paper-metadata.jsonl')]);
    expect(again.stdout).toMatch(/entity links: \d+ papers tagged, 0 changed/);
  });

  async function grpoFamily(): Promise<string[]> {
    const data = await query('{ algorithms { slug variantOf { slug } } }');
    const parentOf = new Map<string, string | undefined>(
      data.algorithms.map((a: Data) => [a.slug, a.variantOf?.slug]),
    );
    const inFamily = (slug: string | undefined): boolean =>
      slug === 'grpo' || (slug !== undefined && inFamily(parentOf.get(slug)));
    return [...parentOf.keys()].filter(inFamily);
  }
});
