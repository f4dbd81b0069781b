import type { ExportDocument, ExportSources } from '../service/export-papers';
import { exportPapers } from '../service/export-papers';
import { capitalize } from '../model/capitalize';
import { describeSelectionFailure } from '../model/selection/paper-selection';
import { readCitationGraphDownload } from './citation-graph-route';
import { readExportUrl, RouteError } from './read-export-url';

/**
 * A fetch-style handler: a Response (or its promise) for the paths it owns, undefined for every
 * other path, decided at once.
 */
export type RouteHandler = (request: Request) => Response | Promise<Response> | undefined;

/**
 * Public downloads (no token): `GET /export?format=bibtex&search=…&filter=…&ids=…` and
 * `GET /export/collections/<name>.<ext>`. Bad parameters get 400, an unknown collection 404,
 * each with a short text body; unexpected failures get 500 and go to `logError`, never to the client.
 */
export function createExportRoutes(
  sources: ExportSources,
  logError: (error: unknown) => void = () => {},
): RouteHandler {
  return (request) => {
    const url = new URL(request.url);
    if (url.pathname !== '/export' && !url.pathname.startsWith('/export/')) return undefined;
    return respond(request, url).catch((error: unknown) => {
      if (error instanceof RouteError) return textResponse(error.status, error.message);
      logError(error);
      return textResponse(500, 'Internal error; the server log has the details.');
    });
  };

  async function respond(request: Request, url: URL): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Exports are read with GET.', { allow: 'GET, HEAD' });
    }
    const graph = readCitationGraphDownload(url, sources);
    if (graph)
      return download({ ...graph, paperCount: graph.nodeCount }, request.method === 'HEAD');
    const outcome = await exportPapers(sources, readExportUrl(url));
    if (!outcome.ok) {
      const status = outcome.reason === 'collection_not_found' ? 404 : 400;
      throw new RouteError(status, capitalize(describeSelectionFailure(outcome)));
    }
    return download(outcome.document, request.method === 'HEAD');
  }
}

function download(
  document: Pick<ExportDocument, 'text' | 'contentType' | 'filename' | 'paperCount'>,
  headOnly: boolean,
): Response {
  const body = new TextEncoder().encode(document.text);
  return new Response(headOnly ? null : body, {
    status: 200,
    headers: {
      'content-type': document.contentType,
      'content-length': String(body.byteLength),
      'content-disposition': `attachment; filename="${document.filename}"`,
      'x-paper-count': String(document.paperCount),
    },
  });
}

function textResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  });
}
