import type { GraphQLFieldConfigMap } from 'graphql';
import {
  GraphQLEnumType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  getIntrospectionQuery,
  parse,
} from 'graphql';
import { createGraphQLError, createYoga, maskError } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/api/context';
import { schema } from '../../src/api/schema';
import { PaperIndex } from '../../src/search/paper-index';
import { useErrorLog } from '../../src/server/error-log';
import { compiledOperation, useJitExecutor } from '../../src/server/jit';
import { useTimeBudget } from '../../src/server/time-budget';
import { createTestApp, generateList } from '../support/app';
import { createTestGraph, ingestMarkdown, linkGraph } from '../support/graph';

const TOKEN = 'Bearer parity';
const COLOUR = new GraphQLEnumType({ name: 'Colour', values: { RED: {}, GREEN: {} } });

/**
 * A yoga with the app's error handling (masking as the app masks, the error log, the time budget)
 * over `schema`, run by graphql-js or by the compiled executor: `compileAtRun` 1 compiles every
 * document from its first run.
 */
function yogaOf(runs: GraphQLSchema, context: (request: Request) => object, compileAtRun?: number) {
  const logged: string[] = [];
  const yoga = createYoga({
    schema: runs,
    maskedErrors: { isDev: false, maskError: (error, message) => maskError(error, message, false) },
    logging: false,
    context: ({ request }) => context(request),
    plugins: [
      ...(compileAtRun ? [useJitExecutor(runs, { compileAtRun })] : []),
      useTimeBudget(60_000),
      useErrorLog((error) => logged.push(String(error))),
    ],
  });
  const post = async (query: string, variables?: object, operationName?: string) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: TOKEN },
      body: JSON.stringify({ query, variables, operationName }),
    });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  return { post, logged };
}

/** Two identical graphs (mutations change them), one per executor. */
function graphYoga(compileAtRun?: number) {
  const { db } = createTestGraph();
  ingestMarkdown(db, generateList(40), 'generated.md');
  linkGraph(db);
  const index = PaperIndex.open(db);
  const context = (request: Request): ApiContext => ({
    db,
    index,
    canWrite: request.headers.get('authorization') === TOKEN,
    writesEnabled: true,
  });
  return yogaOf(schema, context, compileAtRun);
}

/** The errors of a field (they have a path) that lack the locations the spec wants. */
function unlocatedErrors(body: unknown): unknown[] {
  const errors = (body as { errors?: { path?: unknown; locations?: unknown }[] }).errors ?? [];
  return errors.filter((error) => error.path && !error.locations);
}

const b64 = (s: string) => Buffer.from(s).toString('base64');
const LINK = 'relation confidence origin evidence { field matchedText rule }';

/** [what it shows, document, variables]: run in this order on both executors. */
const OPERATIONS: [string, string, Record<string, unknown>?][] = [
  [
    'the benchmarked page',
    `{ papers(first: 100) { totalCount edges { node { title year authors { name }
      sections { name path } algorithms { relation algorithm { name } } } } } }`,
  ],
  [
    'paging with variables',
    `query($n: Int!, $after: String) { papers(first: $n, after: $after) { totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id title year venue arxivId } } } }`,
    { n: 3, after: null },
  ],
  [
    'the node interface, inline fragments and named fragments',
    `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Paper { title authors { name } }
      ...A } } fragment A on Author { name paperCount }`,
    { ids: [b64('Paper:1'), b64('Author:1'), 'not an id', b64('Paper:99999')] },
  ],
  [
    'a deliberate error of a resolver (too many ids)',
    `query($ids: [ID!]!) { pillars { name } nodes(ids: $ids) { id } }`,
    { ids: Array.from({ length: 101 }, (_, i) => `id${i}`) },
  ],
  [
    '@skip and @include on fields, spreads and inline fragments (true)',
    `query($yes: Boolean!) { papers(first: 3) { edges { node { title @skip(if: $yes) year @include(if: $yes)
      ...F @include(if: $yes) ... on Paper @skip(if: $yes) { venue } } } } }
      fragment F on Paper { authors { name } sections @skip(if: $yes) { name } }`,
    { yes: true },
  ],
  [
    '@skip and @include on fields, spreads and inline fragments (false)',
    `query($yes: Boolean!) { papers(first: 3) { edges { node { title @skip(if: $yes) year @include(if: $yes)
      ...F @include(if: $yes) ... on Paper @skip(if: $yes) { venue } } } } }
      fragment F on Paper { authors { name } sections @skip(if: $yes) { name } }`,
    { yes: false },
  ],
  [
    'aliases and a field asked twice',
    `{ a: papers(first: 1) { totalCount } b: papers(first: 2) { edges { node { t: title title year } } }
      pillars { name slug } __typename }`,
  ],
  [
    'a variable of the wrong type',
    `query($n: Int!) { papers(first: $n) { totalCount } }`,
    { n: 'ten' },
  ],
  ['a missing variable', `query($n: Int!) { papers(first: $n) { totalCount } }`, {}],
  ['a default value', `query($n: Int = 2) { papers(first: $n) { edges { node { title } } } }`, {}],
  ['a page above the limit', `{ papers(first: 1000) { totalCount } }`],
  [
    'input objects, a single value for a list, enums and nullable links',
    `{ papers(first: 5, filter: { algorithms: "grpo" }) { totalCount edges { node { title
      algorithms { ${LINK} algorithm { slug name variantOf { slug } variants { slug } } } } } } }`,
  ],
  [
    'the analysis matrix',
    `{ matrix(rows: PILLAR, columns: ALGORITHM_FAMILY) { rows { key total } columns { key total }
      cells { rowKey columnKey count } } }`,
  ],
  [
    'search with scores',
    `{ search(query: "grpo variant", first: 3) { totalCount edges { score matchedFields node { title } } } }`,
  ],
  [
    'related papers',
    `query($id: ID!) { related(paper: $id, first: 3) { score reason paper { title } } }`,
    { id: b64('Paper:1') },
  ],
  [
    'a mutation and its typed result',
    `mutation { createCollection(input: { name: "Parity", description: "both" }) { __typename
      ... on Collection { name description paperCount } } }`,
  ],
  [
    'a mutation answered with an error result (errors plugin)',
    `mutation { createCollection(input: { name: "parity" }) { __typename
      ... on DuplicateNameError { message takenBy } ... on InvalidInputError { message field } } }`,
  ],
  [
    'a mutation refused for its input',
    `mutation { createCollection(input: { name: "  " }) { __typename ... on InvalidInputError { message field } } }`,
  ],
];

/** Fields that fail in each way a field can, and one that says which executor runs it. */
const fields: GraphQLFieldConfigMap<unknown, unknown> = {
  executor: {
    type: GraphQLString,
    resolve: () => (new Error().stack?.includes('graphql-jit') ? 'compiled' : 'interpreted'),
  },
  ok: { type: GraphQLString, resolve: () => 'fine' },
  broken: {
    type: GraphQLString,
    resolve: () => {
      throw new Error('disk on fire');
    },
  },
  refused: {
    type: GraphQLString,
    resolve: () => {
      throw createGraphQLError('No.', { extensions: { code: 'REFUSED' } });
    },
  },
  returned: { type: GraphQLString, resolve: () => new Error('returned, not thrown') },
  missing: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
  items: { type: new GraphQLList(new GraphQLNonNull(GraphQLInt)), resolve: () => [1, null, 3] },
  notANumber: { type: GraphQLInt, resolve: () => 'seven' },
  notAColour: { type: COLOUR, resolve: () => 'PLAID' },
  later: {
    type: GraphQLString,
    resolve: () => Promise.reject(new Error('failed later')),
  },
};
const TINY = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields }) });

describe('the compiled executor (graphql-jit)', () => {
  it('answers every operation exactly as graphql-js does, errors and their locations included', async () => {
    const compiled = graphYoga(1);
    const interpreted = graphYoga();
    for (const [what, document, variables] of OPERATIONS) {
      expect(compiledOperation(parse(document)), what).not.toBeNull();
      const answer = await compiled.post(document, variables);
      expect(answer, what).toEqual(await interpreted.post(document, variables));
      expect(unlocatedErrors(answer.body), what).toEqual([]);
    }
    expect(compiled.logged).toEqual(interpreted.logged);
  });

  it('fails, masks and logs as graphql-js does: thrown, returned and GraphQL errors, nulls in non-null fields', async () => {
    const compiled = yogaOf(TINY, () => ({}), 1);
    const interpreted = yogaOf(TINY, () => ({}));
    expect((await compiled.post('{ executor }')).body).toEqual({ data: { executor: 'compiled' } });
    const documents = [
      '{ ok broken }',
      '{ ok\n  refused }',
      '{ returned ok }',
      '{ ok\r\n  missing }',
      '{ items }',
      '{ notANumber notAColour }',
      '{ later ok }',
      '{ a: broken b: refused c: ok }',
    ];
    for (const document of documents) {
      const answer = await compiled.post(document);
      expect(answer, document).toEqual(await interpreted.post(document));
      expect(unlocatedErrors(answer.body), document).toEqual([]);
    }
    expect(compiled.logged).toEqual(interpreted.logged);
    expect(compiled.logged).toEqual([
      'Error: disk on fire',
      'Error: returned, not thrown',
      'Error: Cannot return null for non-nullable field Query.missing.',
      'Error: Cannot return null for non-nullable field Query.items.',
      'Error: Int cannot represent non-integer value: "seven"',
      'Error: Enum "Colour" cannot represent value: "PLAID"',
      'Error: failed later',
      'Error: disk on fire',
    ]);
  });

  it('compiles a document at its second run, and never one of several operations or with introspection', async () => {
    const { post } = yogaOf(TINY, () => ({}), 2);
    const executors = async (document: string, operationName?: string) => {
      const answers = [];
      for (let run = 0; run < 3; run++) {
        const { body } = await post(document, {}, operationName);
        answers.push((body as { data: { executor: string } }).data.executor);
      }
      return answers;
    };
    expect(await executors('{ executor }')).toEqual(['interpreted', 'compiled', 'compiled']);
    expect(await executors('query A { executor } query B { ok }', 'A')).toEqual([
      'interpreted',
      'interpreted',
      'interpreted',
    ]);
    expect(await executors('{ executor __type(name: "Query") { name } }')).toEqual([
      'interpreted',
      'interpreted',
      'interpreted',
    ]);
  });

  it('tells documents of one operation from those of several and from introspection', () => {
    expect(compiledOperation(parse('{ papers(first: 1) { totalCount } }'))).not.toBeNull();
    expect(
      compiledOperation(parse('query A { pillars { name } } query B { __typename }')),
    ).toBeNull();
    expect(compiledOperation(parse(getIntrospectionQuery()))).toBeNull();
    expect(compiledOperation(parse('{ __type(name: "Paper") { name } }'))).toBeNull();
  });

  it('runs the operation a request names, in a document of several, however often it runs', async () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, generateList(4), 'generated.md');
    const { yoga } = createTestApp(db);
    const document = 'query A { papers(first: 1) { totalCount } } query B { pillars { slug } }';
    const run = async (operationName: string) => {
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: document, operationName }),
      });
      return Object.keys(((await response.json()) as { data: object }).data);
    };
    const names = ['A', 'A', 'A', 'B', 'B'];
    const answers = [];
    for (const name of names) answers.push(await run(name));
    expect(answers).toEqual(names.map((name) => [name === 'A' ? 'papers' : 'pillars']));
  });
});
