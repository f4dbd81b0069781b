import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { assignMissingCitationKeys } from '../../ingest/pipeline/assign-citation-keys';
import { createTestApp } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const fixtures = join(import.meta.dirname, '../ingest/fixtures');
const V1 = 'list version one.md';
const V2 = 'list version two drops one paper and adds another.md';
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

const TOKEN = 'test-write-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };

/** The error kinds each mutation's result union holds (a fragment on any other is invalid). */
const ERRORS: Record<string, string[]> = {
  createCollection: ['DuplicateNameError', 'InvalidInputError'],
  renameCollection: ['NotFoundError', 'DuplicateNameError', 'InvalidInputError'],
  describeCollection: ['NotFoundError'],
  deleteCollection: ['NotFoundError'],
};
const DETAIL: Record<string, string> = {
  NotFoundError: 'missing',
  DuplicateNameError: 'takenBy',
  InvalidInputError: 'field',
};

function resultSelection(field: string): string {
  const errors = ERRORS[field] ?? ['NotFoundError', 'InvalidInputError'];
  const success =
    field === 'deleteCollection'
      ? 'DeletedCollection { id name paperCount }'
      : 'Collection { id name description paperCount }';
  return `__typename ... on ${success} ... on Error { message } ${errors.map((kind) => `... on ${kind} { ${DETAIL[kind]} }`).join(' ')}`;
}

const PAPERS = `papers(first: 20) {
  totalCount
  edges { position note tags listed addedAt node { arxivId title } }
}`;

interface Result {
  __typename: string;
  id?: string;
  name?: string;
  description?: string;
  paperCount?: number;
  message?: string;
  missing?: string[];
  takenBy?: string;
  field?: string | null;
}

interface Edge {
  position: number;
  note: string | null;
  tags: string[];
  listed: boolean;
  node: { arxivId: string | null; title: string };
}

function setup() {
  const { db } = createTestGraph();
  ingestMarkdown(db, fixture(V1), V1);
  const api = createTestApp(db, { writeToken: TOKEN });
  /** Runs a mutation with the token and returns its result object. */
  async function mutate(field: string, input: Record<string, unknown>): Promise<Result> {
    const doc = `mutation($input: ${inputTypeOf(field)}!) { ${field}(input: $input) { ${resultSelection(field)} } }`;
    const response = await api.query<Record<string, Result>>(doc, { input }, AUTH);
    expect(response.errors).toBeUndefined();
    return response.data![field]!;
  }
  async function create(name: string, description?: string): Promise<string> {
    return (await mutate('createCollection', { name, description })).id!;
  }
  async function edges(collectionId: string): Promise<Edge[]> {
    const response = await api.query<{ collection: { papers: { edges: Edge[] } } }>(
      `query($id: ID) { collection(id: $id) { ${PAPERS} } }`,
      { id: collectionId },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.collection.papers.edges;
  }
  return { db, api, mutate, create, edges };
}

function inputTypeOf(field: string): string {
  return `${field[0]!.toUpperCase()}${field.slice(1)}Input`;
}

const arxivOf = (edges: Edge[]) => edges.map((e) => e.node.arxivId);

describe('creating and naming collections', () => {
  let t: ReturnType<typeof setup>;
  beforeEach(() => {
    t = setup();
  });

  it('creates a collection that reads back by name (any case), by id and in the list', async () => {
    const created = await t.mutate('createCollection', {
      name: 'GRPO image generation',
      description: 'RL for images',
    });
    expect(created).toMatchObject({
      __typename: 'Collection',
      name: 'GRPO image generation',
      description: 'RL for images',
      paperCount: 0,
    });
    const byName = await t.api.query<{ collection: { id: string } }>(
      '{ collection(name: "grpo IMAGE generation") { id } }',
    );
    expect(byName.data!.collection.id).toBe(created.id);
    const byId = await t.api.query<{ collection: { name: string } }>(
      'query($id: ID) { collection(id: $id) { name } }',
      { id: created.id },
    );
    expect(byId.data!.collection.name).toBe('GRPO image generation');
    const list = await t.api.query<{ collections: { name: string }[] }>('{ collections { name } }');
    expect(list.data!.collections.map((c) => c.name)).toEqual(['GRPO image generation']);
  });

  it('returns null for a collection no one created', async () => {
    const result = await t.api.query<{ collection: null }>('{ collection(name: "nope") { id } }');
    expect(result).toEqual({ data: { collection: null } });
  });

  it('fetches a collection again through node(id)', async () => {
    const id = await t.create('A');
    const result = await t.api.query<{ node: { name: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Collection { name } } }',
      { id },
    );
    expect(result.data!.node.name).toBe('A');
  });

  it('returns DuplicateNameError for a name taken in another case', async () => {
    await t.create('GRPO image generation');
    const result = await t.mutate('createCollection', { name: 'grpo image GENERATION' });
    expect(result).toMatchObject({
      __typename: 'DuplicateNameError',
      takenBy: 'GRPO image generation',
    });
    expect(result.message).toMatch(/already exists/);
  });

  it('returns InvalidInputError for an empty name', async () => {
    expect(await t.mutate('createCollection', { name: '  ' })).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'name',
    });
  });

  it('renames and describes a collection', async () => {
    const id = await t.create('A');
    expect(await t.mutate('renameCollection', { collectionId: id, name: 'B' })).toMatchObject({
      __typename: 'Collection',
      name: 'B',
    });
    expect(
      await t.mutate('describeCollection', { collectionId: id, description: 'Why B' }),
    ).toMatchObject({ description: 'Why B' });
  });

  it('returns DuplicateNameError when renaming onto another collection', async () => {
    const id = await t.create('A');
    await t.create('B');
    expect(await t.mutate('renameCollection', { collectionId: id, name: 'b' })).toMatchObject({
      __typename: 'DuplicateNameError',
      takenBy: 'B',
    });
  });

  it('deletes a collection, keeping its papers in the graph', async () => {
    const id = await t.create('A');
    await t.mutate('addPapersToCollection', { collectionId: id, arxivIds: ['2505.05470'] });
    const deleted = await t.api.query<{
      deleteCollection: { __typename: string; name: string; paperCount: number };
    }>(
      'mutation($input: DeleteCollectionInput!) { deleteCollection(input: $input) { __typename ... on DeletedCollection { name paperCount } } }',
      { input: { collectionId: id } },
      AUTH,
    );
    expect(deleted.data!.deleteCollection).toEqual({
      __typename: 'DeletedCollection',
      name: 'A',
      paperCount: 1,
    });
    const after = await t.api.query<{ collection: null; papers: { totalCount: number } }>(
      '{ collection(name: "A") { id } papers { totalCount } }',
    );
    expect(after.data).toEqual({ collection: null, papers: { totalCount: 4 } });
  });

  it('returns NotFoundError for a collection that was deleted', async () => {
    const id = await t.create('A');
    await t.mutate('deleteCollection', { collectionId: id });
    expect(await t.mutate('renameCollection', { collectionId: id, name: 'B' })).toMatchObject({
      __typename: 'NotFoundError',
      missing: [],
    });
  });

  it('refuses an id of another type as a bad argument', async () => {
    const papers = await t.api.query<{ papers: { edges: { node: { id: string } }[] } }>(
      '{ papers(first: 1) { edges { node { id } } } }',
    );
    const paperId = papers.data!.papers.edges[0]!.node.id;
    const result = await t.api.query(
      'mutation($input: RenameCollectionInput!) { renameCollection(input: $input) { __typename } }',
      { input: { collectionId: paperId, name: 'x' } },
      AUTH,
    );
    expect(result.errors![0]!.extensions!['code']).toBe('BAD_USER_INPUT');
  });
});

describe('papers in a collection', () => {
  let t: ReturnType<typeof setup>;
  let id: string;
  beforeEach(async () => {
    t = setup();
    id = await t.create('GRPO image generation');
  });

  it('adds papers by arXiv id and by global id, in the order given', async () => {
    await t.mutate('addPapersToCollection', {
      collectionId: id,
      arxivIds: ['2505.05470', 'arXiv:2503.07365v1'],
    });
    const all = await t.api.query<{
      papers: { edges: { node: { id: string; arxivId: string | null } }[] };
    }>('{ papers { edges { node { id arxivId } } } }');
    const perceptual = all.data!.papers.edges.find((e) => e.node.arxivId === '2506.04559')!.node.id;
    const result = await t.mutate('addPapersToCollection', {
      collectionId: id,
      paperIds: [perceptual],
    });
    expect(result.paperCount).toBe(3);
    const edges = await t.edges(id);
    expect(arxivOf(edges)).toEqual(['2505.05470', '2503.07365', '2506.04559']);
    expect(edges.map((e) => e.position)).toEqual([1, 2, 3]);
  });

  it('adds nothing and names the unknown arXiv ids', async () => {
    const result = await t.mutate('addPapersToCollection', {
      collectionId: id,
      arxivIds: ['2505.05470', '2501.00001', '2501.00002'],
    });
    expect(result).toMatchObject({
      __typename: 'NotFoundError',
      missing: ['2501.00001', '2501.00002'],
    });
    expect(await t.edges(id)).toEqual([]);
  });

  it('returns InvalidInputError for a malformed arXiv id', async () => {
    expect(
      await t.mutate('addPapersToCollection', { collectionId: id, arxivIds: ['12345'] }),
    ).toMatchObject({ __typename: 'InvalidInputError', field: 'arxivIds' });
  });

  it('returns InvalidInputError unless exactly one way of naming papers is given', async () => {
    expect(await t.mutate('addPapersToCollection', { collectionId: id })).toMatchObject({
      __typename: 'InvalidInputError',
    });
    const both = await t.mutate('addPapersToCollection', {
      collectionId: id,
      arxivIds: ['2505.05470'],
      search: 'grpo',
    });
    expect(both.__typename).toBe('InvalidInputError');
  });

  it('adds every match of a filter and keeps the filter as a source', async () => {
    await t.mutate('addPapersToCollection', {
      collectionId: id,
      filter: { pillars: ['visual-generation'] },
    });
    expect((await t.edges(id)).map((e) => e.node.title.split(':')[0])).toEqual([
      'Flow-GRPO',
      'DiffPPO',
    ]);
    const sources = await t.api.query<{ collection: { sources: unknown[] } }>(
      'query($id: ID) { collection(id: $id) { sources { kind query paperCount filter { pillars yearFrom } } } }',
      { id },
    );
    expect(sources.data!.collection.sources).toEqual([
      {
        kind: 'FILTER',
        query: null,
        paperCount: 2,
        filter: { pillars: ['visual-generation'], yearFrom: null },
      },
    ]);
  });

  it('adds the hits of a search narrowed by a filter, and keeps the query as a source', async () => {
    await t.mutate('addPapersToCollection', {
      collectionId: id,
      search: 'reasoning',
      filter: { hasCode: true },
    });
    expect(arxivOf(await t.edges(id))).toEqual(['2503.07365']);
    const sources = await t.api.query<{ collection: { sources: unknown[] } }>(
      'query($id: ID) { collection(id: $id) { sources { kind query filter { hasCode } } } }',
      { id },
    );
    expect(sources.data!.collection.sources).toEqual([
      { kind: 'SEARCH', query: 'reasoning', filter: { hasCode: true } },
    ]);
  });

  it('adds a paper by the citation key its ingest gave it (as exports show it), and annotates it by that key', async () => {
    assignMissingCitationKeys(t.db as Db, '2026-01-01T00:00:00Z');
    const exported = await t.api.query<{ export: { text: string } }>(
      '{ export(format: BIBTEX, selection: { arxivIds: ["2503.07365"] }) { text } }',
    );
    const key = /^@\w+\{([^,]+),/m.exec(exported.data!.export.text)![1]!;
    const added = await t.mutate('addPapersToCollection', { collectionId: id, keys: [key] });
    expect(added.paperCount).toBe(1);
    const annotated = await t.mutate('annotateCollectionPaper', {
      collectionId: id,
      key,
      note: 'k',
    });
    expect(annotated.__typename).toBe('Collection');
    expect(arxivOf(await t.edges(id))).toEqual(['2503.07365']);
  });

  it('narrows search hits by the filter before the limit: at most N matching papers', async () => {
    await t.mutate('addPapersToCollection', {
      collectionId: id,
      search: 'reinforcement learning',
      filter: { pillars: ['mllm'] },
      searchLimit: 1,
    });
    expect(arxivOf(await t.edges(id))).toEqual(['2503.07365']);
  });

  it('returns InvalidInputError naming an unknown slug and the valid ones', async () => {
    const result = await t.mutate('addPapersToCollection', {
      collectionId: id,
      filter: { pillars: ['visual-gen'] },
    });
    expect(result).toMatchObject({ __typename: 'InvalidInputError', field: 'filter.pillars' });
    expect(result.message).toMatch(
      /^Unknown pillar or group "visual-gen"; valid: .*visual-generation/,
    );
  });

  it('removes papers, keeping the order of the rest', async () => {
    await t.mutate('addPapersToCollection', {
      collectionId: id,
      arxivIds: ['2503.07365', '2506.04559', '2505.05470'],
    });
    const result = await t.mutate('removePapersFromCollection', {
      collectionId: id,
      arxivIds: ['2506.04559'],
    });
    expect(result.paperCount).toBe(2);
    const edges = await t.edges(id);
    expect(edges.map((e) => [e.position, e.node.arxivId])).toEqual([
      [1, '2503.07365'],
      [2, '2505.05470'],
    ]);
  });

  it('returns NotFoundError when removing a paper that is not in the collection', async () => {
    const result = await t.mutate('removePapersFromCollection', {
      collectionId: id,
      arxivIds: ['2505.05470'],
    });
    expect(result).toMatchObject({ __typename: 'NotFoundError', missing: ['2505.05470'] });
  });

  it('moves a paper to a position', async () => {
    await t.mutate('addPapersToCollection', {
      collectionId: id,
      arxivIds: ['2503.07365', '2506.04559', '2505.05470'],
    });
    await t.mutate('movePaperInCollection', {
      collectionId: id,
      arxivId: '2505.05470',
      position: 1,
    });
    expect(arxivOf(await t.edges(id))).toEqual(['2505.05470', '2503.07365', '2506.04559']);
  });

  it('returns InvalidInputError for a position past the end', async () => {
    await t.mutate('addPapersToCollection', { collectionId: id, arxivIds: ['2503.07365'] });
    const result = await t.mutate('movePaperInCollection', {
      collectionId: id,
      arxivId: '2503.07365',
      position: 2,
    });
    expect(result).toMatchObject({
      __typename: 'InvalidInputError',
      field: 'position',
      message: 'Position must be between 1 and 1 (got 2).',
    });
  });

  it('annotates a paper with a note and tags', async () => {
    await t.mutate('addPapersToCollection', { collectionId: id, arxivIds: ['2505.05470'] });
    await t.mutate('annotateCollectionPaper', {
      collectionId: id,
      arxivId: '2505.05470',
      note: 'Flow matching + GRPO',
      tags: ['flow', 'grpo'],
    });
    await t.mutate('annotateCollectionPaper', {
      collectionId: id,
      arxivId: '2505.05470',
      tags: ['flow'],
    });
    expect(await t.edges(id)).toMatchObject([{ note: 'Flow matching + GRPO', tags: ['flow'] }]);
  });

  it('lists the collections a paper is in', async () => {
    await t.mutate('addPapersToCollection', { collectionId: id, arxivIds: ['2505.05470'] });
    const result = await t.api.query<{ paper: { collections: { name: string }[] } }>(
      '{ paper(arxivId: "2505.05470") { collections { name } } }',
    );
    expect(result.data!.paper.collections).toEqual([{ name: 'GRPO image generation' }]);
  });

  it('pages through the papers with a total count', async () => {
    await t.mutate('addPapersToCollection', {
      collectionId: id,
      arxivIds: ['2503.07365', '2506.04559', '2505.05470'],
    });
    const page = await t.api.query<{
      collection: { papers: { totalCount: number; edges: Edge[] } };
    }>(
      'query($id: ID) { collection(id: $id) { papers(first: 2) { totalCount edges { position } } } }',
      { id },
    );
    expect(page.data!.collection.papers).toEqual({
      totalCount: 3,
      edges: [{ position: 1 }, { position: 2 }],
    });
  });
});

describe('when a newer version of the list drops a paper in a collection', () => {
  it('keeps it in place with its note, with listed false on the edge', async () => {
    const t = setup();
    const id = await t.create('Generation');
    await t.mutate('addPapersToCollection', {
      collectionId: id,
      filter: { pillars: ['visual-generation'] },
    });
    const diffppo = (await t.edges(id))[1]!;
    const all = await t.api.query<{ papers: { edges: { node: { id: string; title: string } }[] } }>(
      '{ papers { edges { node { id title } } } }',
    );
    const paperId = all.data!.papers.edges.find((e) => e.node.title === diffppo.node.title)!.node
      .id;
    await t.mutate('annotateCollectionPaper', { collectionId: id, paperId, note: 'IEEE only' });
    ingestMarkdown(t.db as Db, fixture(V2), V2);
    const edges = await t.edges(id);
    expect(edges.map((e) => [e.position, e.listed, e.note])).toEqual([
      [1, true, null],
      [2, false, 'IEEE only'],
    ]);
  });
});

describe('when a search finds nothing', () => {
  it('adds no papers but keeps the search as a source', async () => {
    const t = setup();
    const id = await t.create('Empty');
    const result = await t.mutate('addPapersToCollection', {
      collectionId: id,
      search: 'zzzzqqqq',
    });
    expect(result).toMatchObject({ __typename: 'Collection', paperCount: 0 });
  });

  it('returns InvalidInputError for a search of no words', async () => {
    const t = setup();
    const id = await t.create('Empty');
    expect(
      await t.mutate('addPapersToCollection', { collectionId: id, search: '  ' }),
    ).toMatchObject({ __typename: 'InvalidInputError', field: 'search' });
  });
});
