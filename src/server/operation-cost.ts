import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getNamedType, getNullableType, GraphQLList, isObjectType } from 'graphql';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { getComplexity } from 'graphql-query-complexity';
import { createGraphQLError } from 'graphql-yoga';

/** Items assumed in a plain list field (authors, sections, links …), which has no `first`. */
const ASSUMED_LIST_SIZE = 3;
/** Page size of a connection queried without `first`/`last` (the API's default). */
const DEFAULT_CONNECTION_SIZE = 20;
/** Fields that do whole-corpus work whatever they select. */
const FIELD_BASE_COSTS: Record<string, number> = {
  'Query.search': 50,
  'Query.matrix': 100,
  'Query.timeline': 100,
  'Query.coOccurrence': 100,
  'Query.compare': 100,
  'Query.related': 100,
  'Query.export': 300,
  'Paper.cite': 20,
};

export interface CostCheck {
  maxNodeIds: number;
}

/**
 * The estimated cost of one operation: each field costs 1 plus its selection, and a connection
 * multiplies its selection by the page size it asks for, so nested pages multiply. A `nodes(ids:)`
 * call with too many ids is refused here, before anything runs.
 */
export function estimateOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  check: CostCheck,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [(args) => estimateFieldCost(args, check)],
  });
}

function estimateFieldCost(args: ComplexityEstimatorArgs, check: CostCheck): number {
  const { field, type, childComplexity } = args;
  const base = FIELD_BASE_COSTS[`${type.name}.${field.name}`] ?? 1;
  if (type.name === 'Query' && field.name === 'nodes') {
    const ids = Array.isArray(args.args['ids']) ? args.args['ids'].length : 0;
    if (ids > check.maxNodeIds) {
      throw createGraphQLError(
        `\`nodes(ids:)\` takes at most ${check.maxNodeIds} ids (got ${ids}); ask in several requests.`,
        { extensions: { code: 'BAD_USER_INPUT' } },
      );
    }
    return base + ids * childComplexity;
  }
  return base + multiplierOf(args) * childComplexity;
}

function multiplierOf({ field, args }: ComplexityEstimatorArgs): number {
  const pageSize = [args['first'], args['last']].find((n): n is number => typeof n === 'number');
  if (pageSize !== undefined) return Math.max(1, pageSize);
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.name.endsWith('Connection')) return DEFAULT_CONNECTION_SIZE;
  if (!(getNullableType(field.type) instanceof GraphQLList)) return 1;
  // A connection's `edges` list is the page already counted on the connection field.
  return field.name === 'edges' ? 1 : ASSUMED_LIST_SIZE;
}
