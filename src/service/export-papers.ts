import { assignCitationKeys } from '../model/paper/citation-key';
import type { CitationFormat, CitationStyle } from '../export/citation-styles';
import type { ExportFormatName } from '../export/export-file-types';
import { exportFileTypes } from '../export/export-file-types';
import type { MarkdownGroupBy } from '../export/format-markdown';
import type { PaperSelection, SelectionFailure } from '../model/selection/paper-selection';
import { invalidInput } from '../model/selection/paper-selection';
import type { PaperDetails } from '../model/paper/paper';
import { listAllCitationKeys, listRetiredCitationKeys } from '../store/citation-key.store';
import type { Db } from '../store/database';
import { listAllLists } from '../store/list.store';
import { listPaperDetailsByIds } from '../store/paper-details.store';
import type { PaperSources } from './select-papers';
import { selectPapers } from './select-papers';

/** A file format, or `citations`: a formatted reference list in a citation style. */
export type ExportKind = ExportFormatName | 'citations';

export interface ExportRequest {
  format: ExportKind;
  selection: PaperSelection;
  /** Markdown only (default `section`). */
  groupBy?: MarkdownGroupBy | undefined;
  /** `citations` only (default `apa`). */
  style?: CitationStyle | undefined;
  /** `citations` only (default `text`). */
  citationFormat?: CitationFormat | undefined;
  includeAbstracts?: boolean | undefined;
  /** `csv` only: start with a UTF-8 byte order mark. */
  bom?: boolean | undefined;
}

/** An export ready to print or download. */
export interface ExportDocument {
  format: ExportKind;
  contentType: string;
  /** A download name: the selection's name with the format's extension (`grpo-papers.bib`). */
  filename: string;
  paperCount: number;
  text: string;
}

export type ExportOutcome = { ok: true; document: ExportDocument } | SelectionFailure;

export interface ExportSources extends PaperSources {
  now?: (() => Date) | undefined;
}

/** Formats whose output shows citation keys. */
const KEYED = new Set<ExportKind>(['bibtex', 'biblatex', 'csl-json', 'ris', 'csv', 'json']);

/**
 * The one export path behind the CLI, GraphQL and HTTP: selects the papers, gives those without
 * one a lasting citation key (stored before the text is made), and formats them. Async because
 * the formatters (BibTeX, LaTeX, citeproc: a third of the server's code) load on the first export,
 * not at every start.
 */
export async function exportPapers(
  sources: ExportSources,
  request: ExportRequest,
): Promise<ExportOutcome> {
  const misplaced = checkOptions(request);
  if (misplaced) return misplaced;
  const selected = selectPapers(sources, request.selection);
  if (!selected.ok) return selected;
  const papers = listPaperDetailsByIds(sources.db, selected.paperIds);
  const keys = KEYED.has(request.format) ? readKeys(sources, papers) : undefined;
  const text = await formatPapers(sources.db, papers, request, keys);
  const { contentType, extension } = describeFile(request);
  const filename = `${fileStem(request.selection)}.${extension}`;
  return {
    ok: true,
    document: { format: request.format, contentType, filename, paperCount: papers.length, text },
  };
}

function checkOptions(request: ExportRequest): SelectionFailure | undefined {
  const invalid = invalidInput;
  if (request.groupBy !== undefined && request.format !== 'markdown') {
    return invalid('groupBy', 'The groupBy option applies to the markdown format only.');
  }
  if (request.format !== 'citations') {
    if (request.style !== undefined) {
      return invalid('style', 'The style option applies to the citations format only.');
    }
    if (request.citationFormat !== undefined) {
      return invalid(
        'citationFormat',
        'The citationFormat option applies to the citations format only.',
      );
    }
  }
  return undefined;
}

/**
 * The papers' stored citation keys (given at ingest). A paper without one (a database from before
 * keys were given at ingest) gets the key the next ingest would give it, computed, not stored:
 * exports are public reads and never write.
 */
function readKeys(sources: ExportSources, papers: PaperDetails[]): Map<number, string> {
  return assignCitationKeys(
    papers,
    listAllCitationKeys(sources.db),
    listRetiredCitationKeys(sources.db),
  );
}

/** The one list survey among the papers; with several (or none) no header names one. */
function onlyListSurvey(db: Db, papers: PaperDetails[]): number | undefined {
  const surveys = new Set(listAllLists(db).map((list) => list.surveyPaperId));
  const found = papers.filter((details) => surveys.has(details.paper.id));
  return found.length === 1 ? found[0]!.paper.id : undefined;
}

async function formatPapers(
  db: Db,
  papers: PaperDetails[],
  request: ExportRequest,
  keys: ReadonlyMap<number, string> | undefined,
): Promise<string> {
  if (request.format === 'citations') {
    const { formatCitations } = await import('../export/format-citations');
    return formatCitations(papers, request.style ?? 'apa', request.citationFormat ?? 'text');
  }
  const { exportFormats } = await import('../export/export-formats');
  return exportFormats[request.format].format(papers, {
    keys,
    groupBy: request.groupBy,
    includeAbstracts: request.includeAbstracts,
    bom: request.bom,
    surveyPaperId: request.format === 'markdown' ? onlyListSurvey(db, papers) : undefined,
  });
}

function describeFile(request: ExportRequest): { contentType: string; extension: string } {
  if (request.format !== 'citations') return exportFileTypes[request.format];
  return request.citationFormat === 'html'
    ? { contentType: 'text/html; charset=utf-8', extension: 'html' }
    : { contentType: 'text/plain; charset=utf-8', extension: 'txt' };
}

/** `grpo-image-generation` for a collection, `search-flow-grpo` for a search, else `surveygraph`. */
function fileStem(selection: PaperSelection): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '');
  if (selection.kind === 'collection') return slug(selection.name) || 'collection';
  if (selection.kind === 'search') return `search-${slug(selection.query)}`.replace(/-$/, '');
  return 'surveygraph';
}
