import { createYoga, maskError } from 'graphql-yoga';
import type { ApiContext } from '../api/context';
import { schema } from '../api/schema';
import type { PaperIndex } from '../search/paper-index';
import type { Db } from '../store/database';
import { createExportRoutes } from './export-routes';
import { webUiPlugin } from './web-ui-routes';
import { requestCanWrite } from './write-token';

export interface AppOptions {
  db: Db;
  index: PaperIndex;
  /** Bearer token that unlocks mutations; undefined disables them. */
  writeToken?: string | undefined;
  /** Where server-side errors are logged (never sent to clients). */
  logError?: (error: unknown) => void;
}

/**
 * The application: GraphQL at /graphql, downloads under /export (routed in front of yoga), ready
 * for `app.fetch` in tests or `http.createServer(yoga)`.
 */
export function createApp(options: AppOptions) {
  const exportRoutes = createExportRoutes(options, options.logError);
  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'surveygraph', defaultQuery: DEFAULT_QUERY },
    // Clients see "Unexpected error." for anything that is not a deliberate GraphQL error; the
    // details (and stack) go to the log only, even in development.
    maskedErrors: {
      isDev: false,
      maskError: (error, message) => {
        const masked = maskError(error, message, false);
        if (masked.message === message) options.logError?.(error);
        return masked;
      },
    },
    logging: options.logError
      ? { debug() {}, info() {}, warn() {}, error: options.logError }
      : false,
    plugins: [
      {
        onRequest: ({ request, endResponse }) => {
          const response = exportRoutes(request);
          if (response) endResponse(response);
        },
      },
      webUiPlugin(),
    ],
    context: ({ request }): ApiContext => ({
      db: options.db,
      index: options.index,
      canWrite: requestCanWrite(request, options.writeToken),
      writesEnabled: Boolean(options.writeToken),
    }),
  });
  return { yoga, fetch: yoga.fetch, close: () => options.db.close() };
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
