import { useGraphQlJit } from '@envelop/graphql-jit';
import type {
  DocumentNode,
  ExecutionArgs,
  GraphQLSchema,
  OperationDefinitionNode,
  Source,
} from 'graphql';
import { BREAK, GraphQLError, Kind, getVariableValues, isLeafType, visit } from 'graphql';

/**
 * Runs operations with graphql-jit: a document is compiled into JavaScript that resolves exactly
 * its fields (kept beside the document, which yoga caches by its text), which cuts the CPU of
 * executing a 100-paper page by about 40 % against graphql-js interpreting it every time. The
 * schema is static, so a compiled query never goes stale. Compiling a page document costs about
 * one run of it and keeps ~110 KB, so a document is compiled at its `compileAtRun`-th run (the
 * second by default): one sent once (ids written into the text) stays interpreted.
 *
 * graphql-js also runs what the compiled executor would run wrongly or for nothing:
 * - documents with several operations: the plugin caches one compiled query per document, not
 *   per operation, so a request naming another operation of the same document would run the
 *   first one;
 * - introspection (`__schema`, `__type`): compiling GraphiQL's introspection query costs more
 *   than running it, and a client asks it once;
 * - variables that do not fit their types: graphql-js refuses them with HTTP 400 and its own
 *   messages.
 *
 * The compiled executor's errors are turned into graphql-js's (`asGraphQLJsError`), so masking,
 * the error log and clients see the same errors whichever executor ran.
 */
export function useJitExecutor(
  schema: GraphQLSchema,
  { compileAtRun = 2 }: { compileAtRun?: number } = {},
): ReturnType<typeof useGraphQlJit> {
  const runs = new WeakMap<DocumentNode, number>();
  const compiledRuns = new WeakSet<ExecutionArgs>();
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useGraphQlJit(
          { customSerializers: leafSerializers(schema) },
          { enableIf: (args) => compiledRuns.has(args) },
        ),
      );
    },
    onExecute({ args }) {
      const operation = compiledOperation(args.document);
      if (!operation) return;
      const run = (runs.get(args.document) ?? 0) + 1;
      runs.set(args.document, run);
      if (run < compileAtRun || !variablesFit(args, operation)) return;
      compiledRuns.add(args);
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors) return;
          const source = args.document.loc?.source;
          setResult({ ...result, errors: result.errors.map((e) => asGraphQLJsError(e, source)) });
        },
      };
    },
  };
}

const operations = new WeakMap<DocumentNode, OperationDefinitionNode | null>();

/** The operation of `document` if it may run compiled: one operation, no introspection. */
export function compiledOperation(document: DocumentNode): OperationDefinitionNode | null {
  let operation = operations.get(document);
  if (operation === undefined) {
    const all = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    operation = all.length === 1 && !asksForIntrospection(document) ? all[0]! : null;
    operations.set(document, operation);
  }
  return operation;
}

function variablesFit(args: ExecutionArgs, operation: OperationDefinitionNode): boolean {
  if (!operation.variableDefinitions?.length) return true;
  const variables = args.variableValues ?? {};
  return !('errors' in getVariableValues(args.schema, operation.variableDefinitions, variables));
}

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** Starts the message of a leaf value that would not serialise (see `leafSerializers`). */
const LEAF_FAILED = '\u0000leaf:';
const NON_NULL_VIOLATION = 'Cannot return null for non-nullable field ';

/**
 * Each scalar's and enum's own serialiser, marking the message of a failure: graphql-jit keeps
 * only the message, and graphql-js treats such a failure as an internal error (masked, logged),
 * unlike the GraphQL errors that graphql-jit also makes without an original error.
 */
function leafSerializers(schema: GraphQLSchema): Record<string, (value: unknown) => unknown> {
  const serializers: Record<string, (value: unknown) => unknown> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isLeafType(type)) continue;
    serializers[type.name] = (value) => {
      try {
        return type.serialize(value);
      } catch (error) {
        throw new Error(LEAF_FAILED + (error instanceof Error ? error.message : String(error)));
      }
    };
  }
  return serializers;
}

/**
 * The error graphql-js would have answered with for an error of the compiled executor.
 * graphql-jit's errors carry `locations` as numbers, not the document's source positions, and
 * yoga rebuilds every error it masks or serialises from those positions, so its errors would
 * reach the client without locations; rebuilt here from the same source, they keep them. A
 * non-null field that resolved to null and a value its type cannot serialise are internal errors
 * for graphql-js (a plain Error inside, so masked and logged like any bug); graphql-jit reports
 * them as GraphQL errors of its own, so they get the same plain Error inside.
 */
export function asGraphQLJsError(error: GraphQLError, source: Source | undefined): GraphQLError {
  if (error.nodes || error.source || !error.locations || !source) return error;
  const leafFailed = error.message.startsWith(LEAF_FAILED);
  const message = leafFailed ? error.message.slice(LEAF_FAILED.length) : error.message;
  const internal = leafFailed || message.startsWith(NON_NULL_VIOLATION);
  return new GraphQLError(message, {
    source,
    positions: error.locations.map(({ line, column }) => positionOf(source.body, line, column)),
    path: error.path,
    originalError: error.originalError ?? (internal ? new Error(message) : undefined),
    extensions: error.extensions,
  });
}

/** The offset in `body` of a 1-based line and column, lines ending as graphql-js counts them. */
function positionOf(body: string, line: number, column: number): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const match = lineBreak.exec(body);
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lineStart + column - 1;
}
