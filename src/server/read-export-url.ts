import type { ExportKind, ExportRequest } from '../service/export-papers';
import { exportFormatNames } from '../export/export-file-types';
import type { CitationFormat, CitationStyle } from '../export/citation-styles';
import { citationStyles } from '../export/citation-styles';
import type { MarkdownGroupBy } from '../export/format-markdown';
import { capitalize } from '../model/capitalize';
import type { PaperSelection } from '../model/selection/paper-selection';
import { readPaperSelection } from '../model/selection/read-paper-selection';

const KINDS: readonly ExportKind[] = [...exportFormatNames, 'citations'];
const GROUPS: readonly MarkdownGroupBy[] = ['section', 'pillar', 'year', 'venue', 'none'];
const COLLECTION_PREFIX = '/export/collections/';

/** File extensions of the collection route, compound ones first; `format=` picks among twins. */
const EXTENSIONS: readonly [extension: string, kinds: ExportKind[]][] = [
  ['csl.json', ['csl-json']],
  ['bib', ['bibtex', 'biblatex']],
  ['json', ['json', 'csl-json']],
  ['ris', ['ris']],
  ['csv', ['csv']],
  ['md', ['markdown']],
  ['txt', ['citations']],
  ['html', ['citations']],
];

/** Parameters each route reads; anything else is a typo worth a 400. */
const OPTION_PARAMS = ['format', 'style', 'groupBy', 'abstracts', 'bom'];
export const SELECTION_PARAMS = ['ids', 'search', 'filter', 'limit', 'collection'];

/** A problem with the request, answered with its status and a one-line text body. */
export class RouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The export an `/export…` URL asks for: `/export?format=…&search=…` or
 * `/export/collections/<name>.<ext>`. Throws a RouteError (400 or 404) for anything else.
 */
export function readExportUrl(url: URL): ExportRequest {
  if (url.pathname === '/export') {
    checkParams(url, [...OPTION_PARAMS, ...SELECTION_PARAMS]);
    const format = url.searchParams.get('format');
    if (format === null) throw new RouteError(400, `Give format=, one of ${KINDS.join(', ')}.`);
    return { ...readOptions(url, parseKind(format)), selection: readSelection(url.searchParams) };
  }
  if (url.pathname.startsWith(COLLECTION_PREFIX)) {
    checkParams(url, OPTION_PARAMS);
    const { name, kind, citationFormat } = readCollectionFile(url);
    const options = readOptions(url, kind);
    return { ...options, citationFormat, selection: { kind: 'collection', name } };
  }
  throw new RouteError(
    404,
    `No such export. Use /export?format=… or ${COLLECTION_PREFIX}<name>.<ext>.`,
  );
}

export function checkParams(url: URL, known: readonly string[]): void {
  const unknown = [...new Set(url.searchParams.keys())].filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new RouteError(
      400,
      `Unknown parameter ${unknown.join(', ')}; known: ${known.join(', ')}.`,
    );
  }
}

function parseKind(format: string): ExportKind {
  if (!(KINDS as readonly string[]).includes(format)) {
    throw new RouteError(400, `Unknown format "${format}"; use one of ${KINDS.join(', ')}.`);
  }
  return format as ExportKind;
}

function readOptions(url: URL, kind: ExportKind): Omit<ExportRequest, 'selection'> {
  const params = url.searchParams;
  const style = params.get('style');
  if (style !== null && !(citationStyles as readonly string[]).includes(style)) {
    throw new RouteError(400, `Unknown style "${style}"; use one of ${citationStyles.join(', ')}.`);
  }
  const groupBy = params.get('groupBy');
  if (groupBy !== null && !(GROUPS as readonly string[]).includes(groupBy)) {
    throw new RouteError(400, `Unknown groupBy "${groupBy}"; use one of ${GROUPS.join(', ')}.`);
  }
  const abstracts = params.get('abstracts');
  if (abstracts !== null && abstracts !== 'true' && abstracts !== 'false') {
    throw new RouteError(400, `abstracts must be true or false, got "${abstracts}".`);
  }
  const bom = params.get('bom');
  if (bom !== null && bom !== 'true' && bom !== 'false') {
    throw new RouteError(400, `bom must be true or false, got "${bom}".`);
  }
  return {
    format: kind,
    style: (style ?? undefined) as CitationStyle | undefined,
    groupBy: (groupBy ?? undefined) as MarkdownGroupBy | undefined,
    includeAbstracts: abstracts === 'true',
    // A .csv download is opened by spreadsheet programs, which need the BOM to read UTF-8.
    bom: kind === 'csv' && bom !== 'false',
  };
}

export function readSelection(params: URLSearchParams): PaperSelection {
  const ids = params.getAll('ids').flatMap((value) => value.split(','));
  const read = readPaperSelection(
    {
      refs: ids.length > 0 ? ids : undefined,
      filter: params.get('filter'),
      search: params.get('search'),
      limit: params.get('limit'),
      collection: params.get('collection'),
    },
    {
      names: {
        refs: 'ids',
        search: 'search',
        filter: 'filter',
        collection: 'collection',
        limit: 'limit',
      },
      purpose: 'export',
    },
  );
  if (!read.ok) throw new RouteError(400, `${capitalize(read.message)}.`.replace(/\.\.$/, '.'));
  return read.selection;
}

/** `grpo%20papers.biblatex.bib` → the collection name and the format its extension names. */
function readCollectionFile(url: URL): {
  name: string;
  kind: ExportKind;
  citationFormat: CitationFormat | undefined;
} {
  let file: string;
  try {
    file = decodeURIComponent(url.pathname.slice(COLLECTION_PREFIX.length));
  } catch {
    throw new RouteError(400, 'The collection name is not valid percent-encoding.');
  }
  const match = EXTENSIONS.find(([extension]) => file.endsWith(`.${extension}`));
  if (!match || file.length === match[0].length + 1) {
    const known = EXTENSIONS.map(([extension]) => `.${extension}`).join(', ');
    throw new RouteError(400, `Name the file as <collection>.<ext>, with ext one of ${known}.`);
  }
  const [extension, kinds] = match;
  const requested = url.searchParams.get('format');
  const kind = requested === null ? kinds[0]! : parseKind(requested);
  if (!kinds.includes(kind)) {
    throw new RouteError(
      400,
      `format=${kind} does not write .${extension} files; use ${kinds.join(' or ')}.`,
    );
  }
  const citationFormat = kind !== 'citations' ? undefined : extension === 'html' ? 'html' : 'text';
  return { name: file.slice(0, -extension.length - 1), kind, citationFormat };
}
