import type { GraphiQLOptions } from 'graphql-yoga';

/** Where our GraphiQL's script, style and editor workers are served, from npm, never a CDN. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql/';

type AssetName =
  'graphiql.js' | 'graphiql.css' | 'editor.worker.js' | 'json.worker.js' | 'graphql.worker.js';

const CONTENT_TYPES: Record<AssetName, string> = {
  'graphiql.js': 'text/javascript; charset=utf-8',
  'graphiql.css': 'text/css; charset=utf-8',
  'editor.worker.js': 'text/javascript; charset=utf-8',
  'json.worker.js': 'text/javascript; charset=utf-8',
  'graphql.worker.js': 'text/javascript; charset=utf-8',
};

/**
 * The GraphiQL page, in the shape of Yoga's own, but loading its assets from this server: Yoga's
 * default page fetches them from unpkg.com and stays a blank "Loading…" without internet. Our
 * default query is both the first tab and the text of new tabs.
 */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  const defaultQuery = options.defaultQuery;
  const opts = defaultQuery ? { ...options, defaultTabs: [{ query: defaultQuery }] } : options;
  const asset = (name: AssetName) => `${GRAPHIQL_ASSETS_PATH}${name}`;
  const json = JSON.stringify(opts).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="stylesheet" href="${asset('graphiql.css')}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script>
      self.MonacoEnvironment = {
        globalAPI: false,
        getWorkerUrl: (moduleId, label) =>
          ({ editorWorkerService: '${asset('editor.worker.js')}', json: '${asset('json.worker.js')}', graphql: '${asset('graphql.worker.js')}' })[label],
      };
    </script>
    <script src="${asset('graphiql.js')}"></script>
    <script>YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${json});</script>
  </body>
</html>
`;
}

/**
 * Serves `GET /graphiql/<asset>` from @graphql-yoga/render-graphiql (the bundle Yoga publishes
 * for offline use), loaded on the first request so a server that nobody opens GraphiQL on never
 * reads its 9 MB. Undefined for every other path.
 */
export function serveGraphiqlAsset(request: Request): Promise<Response> | undefined {
  const url = new URL(request.url);
  if (!url.pathname.startsWith(GRAPHIQL_ASSETS_PATH) || request.method !== 'GET') return undefined;
  const name = url.pathname.slice(GRAPHIQL_ASSETS_PATH.length);
  if (!Object.hasOwn(CONTENT_TYPES, name)) return undefined;
  return loadAsset(name as AssetName).then(
    (body) =>
      new Response(body, {
        headers: {
          'content-type': CONTENT_TYPES[name as AssetName],
          'cache-control': 'public, max-age=86400',
        },
      }),
  );
}

async function loadAsset(name: AssetName): Promise<string> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const assets: Record<AssetName, string> = {
    'graphiql.js': bundle.js,
    'graphiql.css': bundle.css,
    'editor.worker.js': bundle.editorWorkerService,
    'json.worker.js': bundle.jsonWorker,
    'graphql.worker.js': bundle.graphqlWorker,
  };
  return assets[name];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
