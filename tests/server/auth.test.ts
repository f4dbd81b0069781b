import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database';
import { addPapersToCollection } from '../../src/service/change-collection-papers';
import { createCollection } from '../../src/store/collection.store';
import { schema } from '../../src/api/schema';
import { createTestApp } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const V1 = 'list version one.md';
const TOKEN = 's3cret-write-token';

/** A graph with one collection holding two papers, served with or without a write token. */
function serve(writeToken?: string) {
  const { db } = createTestGraph();
  ingestMarkdown(db, readFileSync(join(import.meta.dirname, '../ingest/fixtures', V1), 'utf8'), V1);
  const created = createCollection(db, { name: 'Existing' }, '2026-01-01T00:00:00Z');
  if (!created.ok) throw new Error(created.reason);
  const selection = {
    kind: 'papers' as const,
    refs: [{ arxivId: '2503.07365' }, { arxivId: '2505.05470' }],
  };
  addPapersToCollection(
    { db, index: { select: () => [], validate: () => undefined } },
    created.collection.id,
    selection,
    '2026-01-01T00:00:00Z',
  );
  const collectionId = Buffer.from(`Collection:${created.collection.id}`).toString('base64');
  return { db, collectionId, ...createTestApp(db, writeToken ? { writeToken } : {}) };
}

/** Every row of every table a mutation could touch. */
function snapshot(db: Db) {
  const tables = ['collections', 'collection_papers', 'collection_sources', 'papers', 'meta'];
  return Object.fromEntries(
    tables.map((table) => [table, db.prepare(`SELECT * FROM ${table}`).all()]),
  );
}

/** One valid call of each mutation; each would change something if it ran. */
function everyMutation(collectionId: string): [string, string, Record<string, unknown>][] {
  const input = (type: string, field: string) =>
    `mutation($input: ${type}!) { ${field}(input: $input) { __typename } }`;
  return [
    ['createCollection', input('CreateCollectionInput', 'createCollection'), { name: 'New' }],
    [
      'renameCollection',
      input('RenameCollectionInput', 'renameCollection'),
      { collectionId, name: 'Renamed' },
    ],
    [
      'describeCollection',
      input('DescribeCollectionInput', 'describeCollection'),
      { collectionId, description: 'd' },
    ],
    [
      'addPapersToCollection',
      input('AddPapersToCollectionInput', 'addPapersToCollection'),
      { collectionId, arxivIds: ['2506.04559'] },
    ],
    [
      'removePapersFromCollection',
      input('RemovePapersFromCollectionInput', 'removePapersFromCollection'),
      { collectionId, arxivIds: ['2503.07365'] },
    ],
    [
      'movePaperInCollection',
      input('MovePaperInCollectionInput', 'movePaperInCollection'),
      { collectionId, arxivId: '2505.05470', position: 1 },
    ],
    [
      'annotateCollectionPaper',
      input('AnnotateCollectionPaperInput', 'annotateCollectionPaper'),
      { collectionId, arxivId: '2505.05470', note: 'n' },
    ],
    ['deleteCollection', input('DeleteCollectionInput', 'deleteCollection'), { collectionId }],
  ];
}

describe.each([
  ['no Authorization header', TOKEN, {}],
  ['a wrong token', TOKEN, { authorization: 'Bearer not-the-token' }],
  ['the token with a different suffix', TOKEN, { authorization: `Bearer ${TOKEN}x` }],
  ['another scheme', TOKEN, { authorization: `Basic ${TOKEN}` }],
  [
    'the right token, but the server has none configured',
    undefined,
    { authorization: `Bearer ${TOKEN}` },
  ],
])('when a request carries %s', (_case, serverToken, headers: Record<string, string>) => {
  it('refuses every mutation with FORBIDDEN and changes nothing', async () => {
    const { db, collectionId, query } = serve(serverToken);
    const before = snapshot(db);
    for (const [field, document, input] of everyMutation(collectionId)) {
      const result = await query(document, { input }, headers);
      expect(result.data, field).toEqual({ [field]: null });
      expect(result.errors![0]!.extensions!['code'], field).toBe('FORBIDDEN');
      expect(result.errors![0]!.message).toMatch(/write token/);
    }
    expect(snapshot(db)).toEqual(before);
  });
});

describe('the write check', () => {
  it('covers every mutation the schema has, so a new one cannot skip it', () => {
    const fields = Object.keys(schema.getMutationType()!.getFields()).sort();
    expect(
      everyMutation('x')
        .map(([field]) => field)
        .sort(),
    ).toEqual(fields);
  });
});

describe('when the server has no token configured', () => {
  it('says that writes are disabled', async () => {
    const { query } = serve(undefined);
    const result = await query(
      'mutation { createCollection(input: { name: "X" }) { __typename } }',
    );
    expect(result.errors![0]!.message).toMatch(
      /Writes are disabled: this server was started without a write token/,
    );
  });
});

describe('when a request carries the right token', () => {
  it('runs every mutation', async () => {
    const { db, collectionId, query } = serve(TOKEN);
    for (const [field, document, input] of everyMutation(collectionId)) {
      const result = await query(document, { input }, { authorization: `bearer ${TOKEN}` });
      expect(result.errors, field).toBeUndefined();
      expect(result.data![field], field).toEqual({
        __typename: field === 'deleteCollection' ? 'DeletedCollection' : 'Collection',
      });
    }
    const names = db.prepare('SELECT name FROM collections').pluck().all();
    expect(names).toEqual(['New']);
  });
});

describe('reads', () => {
  it('stay public: collections read without any token', async () => {
    const { query } = serve(TOKEN);
    const result = await query<{ collection: { paperCount: number } }>(
      '{ collection(name: "existing") { paperCount } }',
    );
    expect(result).toEqual({ data: { collection: { paperCount: 2 } } });
  });
});
