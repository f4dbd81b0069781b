import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createYoga, maskError } from 'graphql-yoga';
import type { ApiContext } from '../api/context';
import { createLiveIndex } from '../api/live-index';
import { schema } from '../api/schema';
import type { PaperIndex } from '../search/paper-index';
import type { Db } from '../store/database';
import type { LogSink } from './access-log';
import { useAccessLog } from './access-log';
import { createExportRoutes } from './export-routes';
import { renderOfflineGraphiQL, serveGraphiqlAsset } from './graphiql-page';
import type { HealthState } from './health-routes';
import { createHealthRoutes } from './health-routes';
import { useHttpGuards } from './http-guards';
import { useJitExecutor } from './jit';
import { useOperationCostLimit } from './operation-limits';
import { useErrorLog } from './error-log';
import type { ServerLimits, ServerSwitches } from './server-limits';
import { DEFAULT_LIMITS, DEFAULT_SWITCHES } from './server-limits';
import { useTimeBudget } from './time-budget';
import { webUiPlugin } from './web-ui-routes';
import { requestCanWrite } from './write-token';

export interface AppOptions {
  db: Db;
  index: PaperIndex;
  /** Reopens the search index after another process changed the data (default: without synonyms). */
  reopenIndex?: (() => PaperIndex) | undefined;
  /** Bearer token that unlocks mutations; undefined disables them. */
  writeToken?: string | undefined;
  /** Where server-side errors are logged (never sent to clients), with the request's id. */
  logError?: (error: unknown, requestId?: string) => void;
  /** One structured line per request (the access log); none when absent. */
  log?: LogSink | undefined;
  limits?: Partial<ServerLimits> | undefined;
  switches?: Partial<ServerSwitches> | undefined;
}

/**
 * The application: GraphQL at /graphql, downloads under /export and health probes (routed in
 * front of yoga), ready for `app.fetch` in tests or `http.createServer(yoga)`.
 */
export function createApp(options: AppOptions) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const switches = { ...DEFAULT_SWITCHES, ...options.switches };
  const health: HealthState = { draining: false };
  const currentIndex = createLiveIndex(options.db, options.index, options.reopenIndex);
  const sources = {
    db: options.db,
    get index() {
      return currentIndex();
    },
  };
  const routes = [
    createHealthRoutes(options.db, health),
    createExportRoutes(sources, options.logError),
  ];
  // Errors of an operation are logged by useErrorLog with the request id; Yoga's own logger
  // repeats them as GraphQLErrors, so it only passes on the others.
  const logOtherErrors = (...args: unknown[]) => {
    if (!args.some((arg) => arg instanceof GraphQLError)) options.logError?.(args[0]);
  };
  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: switches.graphiql && { title: 'surveygraph', defaultQuery: DEFAULT_QUERY },
    cors: switches.corsOrigins.length
      ? { origin: switches.corsOrigins, methods: ['GET', 'POST'], credentials: false }
      : false,
    batching: limits.maxBatch > 1 ? { limit: limits.maxBatch } : false,
    renderGraphiQL: renderOfflineGraphiQL, // assets served by us (graphiql-page.ts), not a CDN
    // Clients see "Unexpected error." for anything that is not a deliberate GraphQL error; the
    // details (and stack) go to the log only (useErrorLog, with the request id), even in development.
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => maskError(error, message, false),
    },
    logging: options.logError ? { debug() {}, info() {}, warn() {}, error: logOtherErrors } : false,
    plugins: [
      ...(options.log ? [useAccessLog(options.log)] : []),
      {
        onRequest: async ({ request, endResponse }) =>
          withAsset(serveGraphiqlAsset(request), endResponse),
      },
      {
        onRequest: async ({ request, endResponse }) => {
          for (const route of routes) {
            const response = await route(request);
            if (response) return endResponse(response);
          }
        },
      } satisfies Plugin,
      webUiPlugin(),
      useHttpGuards(limits.maxBodyBytes),
      maxTokensPlugin({ n: limits.maxTokens }),
      maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true }),
      maxAliasesPlugin({ n: limits.maxAliases }),
      ...(switches.introspection ? [] : [useDisableIntrospection(), blockFieldSuggestionsPlugin()]),
      useOperationCostLimit(schema, limits),
      useJitExecutor(schema),
      useTimeBudget(limits.timeBudgetMs),
      ...(options.logError ? [useErrorLog(options.logError)] : []),
    ],
    context: ({ request }): ApiContext => ({
      db: options.db,
      index: currentIndex(),
      canWrite: requestCanWrite(request, options.writeToken),
      writesEnabled: Boolean(options.writeToken),
    }),
  });
  return {
    yoga,
    fetch: yoga.fetch,
    limits,
    /** Fails readiness from now on, so a balancer stops sending work before the server stops. */
    drain: () => {
      health.draining = true;
    },
    close: () => options.db.close(),
  };
}

async function withAsset(
  asset: Promise<Response> | undefined,
  endResponse: (response: Response) => void,
): Promise<void> {
  if (asset) endResponse(await asset);
}

const DEFAULT_QUERY = `# surveygraph: the literature graph of a survey. Try:
{
  pillars { name paperCount }
  search(query: "grpo image generation", first: 5) {
    totalCount
    edges { score matchedFields node { title year venue arxivId } }
  }
}
`;
