import type { ExportSources } from '../service/export-papers';
import type { GraphFormat } from '../service/export-citation-graph';
import { exportCitationGraph, GRAPH_FORMATS } from '../service/export-citation-graph';
import { describeSelectionFailure } from '../model/selection/paper-selection';
import { checkParams, readSelection, RouteError, SELECTION_PARAMS } from './read-export-url';

const ROUTE = /^\/export\/citations\.([a-z]+)$/;

/**
 * `GET /export/citations.graphml|gexf|csv?ids=…|search=…|filter=…|collection=…&external=true`:
 * the citation graph of a selection as a download. Undefined for other paths; RouteError (400,
 * 404) for a bad request, which the export routes answer as text.
 */
export function readCitationGraphDownload(url: URL, sources: ExportSources) {
  const match = ROUTE.exec(url.pathname);
  if (!match) return undefined;
  const format = match[1] as GraphFormat;
  if (!(format in GRAPH_FORMATS)) {
    throw new RouteError(
      404,
      `No such graph format; use ${Object.keys(GRAPH_FORMATS).join(', ')}.`,
    );
  }
  checkParams(url, [...SELECTION_PARAMS, 'external']);
  const external = url.searchParams.get('external');
  if (external !== null && external !== 'true' && external !== 'false') {
    throw new RouteError(400, 'external must be true or false.');
  }
  const outcome = exportCitationGraph(sources, {
    format,
    selection: readSelection(url.searchParams),
    includeExternal: external === 'true',
  });
  if (!outcome.ok) {
    throw new RouteError(
      outcome.reason === 'collection_not_found' ? 404 : 400,
      describeSelectionFailure(outcome),
    );
  }
  return outcome.document;
}
