import { parseArxivId } from './arxiv-id';
import type { PaperFilter } from './paper-filter';

/**
 * One paper as a person names it: by database id, by arXiv id, or by a `key` that is either
 * the paper's identity key (`arxiv:…`, `doi:…`, `url:…`, `title:…`) or a citation key an
 * earlier export gave it (`meng2025mmeureka`).
 */
export type ExportPaperRef = { paperId: number } | { arxivId: string } | { key: string };

/** Which papers an export covers, in the order it gives them. */
export type ExportSelection =
  /** Every paper, in list order. */
  | { kind: 'all' }
  /** Papers named one by one, in the order named. */
  | { kind: 'papers'; refs: ExportPaperRef[] }
  /** Every paper the filter matches, in list order. */
  | { kind: 'filter'; filter: PaperFilter }
  /** Full-text search hits, best first, narrowed by `filter`; at most `limit` of them. */
  | { kind: 'search'; query: string; filter: PaperFilter; limit?: number | undefined }
  /** A curated collection, in its hand-set order. */
  | { kind: 'collection'; name: string };

/** Why a selection selects nothing; each layer words it (CLI line, HTTP status, GraphQL code). */
export type SelectionFailure =
  | { ok: false; reason: 'invalid_input'; field: string; message: string }
  /** The references, as given, that name no paper. */
  | { ok: false; reason: 'unknown_papers'; missing: string[] }
  | { ok: false; reason: 'collection_not_found'; name: string };

/** How a selection reaches the data; the caller wires these to the store and the search index. */
export interface PaperLookups {
  findPaperIds(refs: readonly ExportPaperRef[]): (number | undefined)[];
  /** Ids of the papers the filter matches (every paper for `{}`), in list order. */
  listPaperIds(filter: PaperFilter): number[];
  /** Ids of the search hits, best first. */
  searchPaperIds(query: string): number[];
  /** The given ids the filter also matches, in the given order, each once. */
  narrowPaperIds(ids: readonly number[], filter: PaperFilter): number[];
  /** Ids of the papers of the named collection in order; undefined when there is no such collection. */
  listCollectionPaperIds(name: string): number[] | undefined;
}

export type SelectionResult = { ok: true; paperIds: number[] } | SelectionFailure;

/** The ids of the selected papers, each once, in the selection's order. */
export function resolveExportSelection(
  selection: ExportSelection,
  lookups: PaperLookups,
): SelectionResult {
  switch (selection.kind) {
    case 'all':
      return selected(lookups.listPaperIds({}));
    case 'papers':
      return resolveRefs(selection.refs, lookups);
    case 'filter':
      return selected(lookups.listPaperIds(selection.filter));
    case 'search':
      return resolveSearch(selection, lookups);
    case 'collection': {
      const ids = lookups.listCollectionPaperIds(selection.name);
      return ids
        ? selected(ids)
        : { ok: false, reason: 'collection_not_found', name: selection.name };
    }
  }
}

function resolveRefs(refs: readonly ExportPaperRef[], lookups: PaperLookups): SelectionResult {
  if (refs.length === 0) return invalid('ids', 'Name at least one paper.');
  const ids = lookups.findPaperIds(refs);
  const missing = refs.filter((_, i) => ids[i] === undefined).map(describeExportPaperRef);
  if (missing.length > 0) return { ok: false, reason: 'unknown_papers', missing };
  return selected(ids as number[]);
}

function resolveSearch(
  selection: Extract<ExportSelection, { kind: 'search' }>,
  lookups: PaperLookups,
): SelectionResult {
  if (!selection.query.trim()) return invalid('search', 'A search needs at least one word.');
  const limit = selection.limit ?? Infinity;
  if (!(limit >= 1)) return invalid('limit', `A search limit must be at least 1 (got ${limit}).`);
  const hits = lookups.narrowPaperIds(lookups.searchPaperIds(selection.query), selection.filter);
  return selected(hits.slice(0, limit));
}

function selected(ids: readonly number[]): SelectionResult {
  return { ok: true, paperIds: [...new Set(ids)] };
}

function invalid(field: string, message: string): SelectionFailure {
  return { ok: false, reason: 'invalid_input', field, message };
}

/** A reference typed by a person: an arXiv id when it reads as one, else a key. */
export function parseExportPaperRef(text: string): ExportPaperRef {
  const parsed = parseArxivId(text);
  return parsed.ok ? { arxivId: parsed.id } : { key: text.trim() };
}

/** How a reference reads in a message: `arXiv:2505.05470`, a key, or `#12`. */
export function describeExportPaperRef(ref: ExportPaperRef): string {
  if ('arxivId' in ref) return `arXiv:${ref.arxivId}`;
  if ('key' in ref) return ref.key;
  return `#${ref.paperId}`;
}

/** One line saying why a selection failed, for the CLI and HTTP bodies. */
export function describeSelectionFailure(failure: SelectionFailure): string {
  switch (failure.reason) {
    case 'invalid_input':
      return failure.message;
    case 'unknown_papers':
      return `no paper matches ${failure.missing.join(', ')}`;
    case 'collection_not_found':
      return `no collection named "${failure.name}"`;
  }
}
