import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiContext } from './context';

/** The one SchemaBuilder; it defines no types (those live in ./types, one per file). */
export const builder = new SchemaBuilder<{
  Context: ApiContext;
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  // Fields are non-null unless they say otherwise, so clients need not null-check every title.
  defaultFieldNullability: false,
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: {
      nullable: false,
      description: 'The items of this page, each with its cursor.',
    },
    nodeFieldOptions: { nullable: false, description: 'The item at this position.' },
    cursorFieldOptions: {
      description: 'Opaque position of this item; pass it as `after` to continue.',
    },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page.' },
    // `node` and `nodes` are defined in types/node-query.ts: they take ids leniently (null, not an
    // error, for an id that does not decode) and cap how many one call may ask for.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    firstArgOptions: { description: 'Page size from the start (at most 100; default 20).' },
    afterArgOptions: { description: 'Return items after this cursor (from `pageInfo.endCursor`).' },
    lastArgOptions: { description: 'Page size from the end (at most 100).' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    defaultConnectionTypeOptions: {
      description: 'One page of a list of papers, with its total size.',
    },
    defaultEdgeTypeOptions: { description: 'A paper in a page, with its cursor.' },
    nodeTypeOptions: { description: 'An object with a global id that `node(id)` can fetch again.' },
    idFieldOptions: { description: 'Global id, stable across ingests.' },
    pageInfoTypeOptions: { description: 'Pagination state of a connection (Relay).' },
  },
});

builder.queryType({ description: 'Read access to the literature graph. Public: no token needed.' });

builder.mutationType({
  description:
    'Changes to curated collections. Every mutation needs the server’s write token (`Authorization: Bearer <token>`); reads stay public.',
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole connection holds, across all pages.',
    resolve: (parent) => parent.totalCount,
  }),
);
