import type { PaperFilter } from './paper-filter';

/**
 * One paper as a person or client names it: by database id, by arXiv id, or by a `key` that is
 * either the paper's identity key (`arxiv:…`, `doi:…`, `url:…`, `title:…`) or a citation key an
 * earlier export gave it (`meng2025mmeureka`).
 */
export type PaperRef = { paperId: number } | { arxivId: string } | { key: string };

/**
 * Which papers an export, a collection change or a download covers, in the order it gives them.
 *
 * The one rule for searches: the hits are narrowed by `filter` first, then at most `limit` of
 * them are kept, best first — "at most N matching papers", never "the matches among the top N".
 */
export type PaperSelection =
  /** Every paper, in list order. */
  | { kind: 'all' }
  /** Papers named one by one, in the order named. */
  | { kind: 'papers'; refs: PaperRef[] }
  /** Every paper the filter matches, in list order. */
  | { kind: 'filter'; filter: PaperFilter }
  /** Full-text search hits, best first, narrowed by `filter`; then at most `limit` of them. */
  | { kind: 'search'; query: string; filter: PaperFilter; limit?: number | undefined }
  /** A curated collection, in its hand-set order. */
  | { kind: 'collection'; name: string };

/** Input that cannot be accepted; `field` names the canonical field at fault. */
export interface InvalidInput {
  ok: false;
  reason: 'invalid_input';
  field: string;
  message: string;
}

/** Why a selection selects nothing; each edge words it (CLI line, HTTP status, GraphQL code). */
export type SelectionFailure =
  | InvalidInput
  /** The references, as given, that name no paper. */
  | { ok: false; reason: 'unknown_papers'; missing: PaperRef[] }
  | { ok: false; reason: 'collection_not_found'; name?: string | undefined };

/** How a selection reaches the data; the service wires these to the store and the search index. */
export interface PaperLookups {
  /** The paper each reference names, in order (undefined where none); one batch. */
  findPaperIds(refs: readonly PaperRef[]): (number | undefined)[];
  /** Ids of the papers the filter matches (every paper for `{}`), in list order. */
  listPaperIds(filter: PaperFilter): number[];
  /** Ids of the search hits, best first. */
  searchPaperIds(query: string): number[];
  /** The given ids the filter also matches, in the given order, each once. */
  narrowPaperIds(ids: readonly number[], filter: PaperFilter): number[];
  /** Ids of the papers of the named collection in order; undefined when there is no such collection. */
  listCollectionPaperIds(name: string): number[] | undefined;
}

/** The selected ids, each once; for papers named one by one, also the id of each ref in order. */
export type SelectionResult =
  { ok: true; paperIds: number[]; refIds?: number[] | undefined } | SelectionFailure;

/** The ids of the selected papers, each once, in the selection's order. */
export function resolvePaperSelection(
  selection: PaperSelection,
  lookups: PaperLookups,
): SelectionResult {
  switch (selection.kind) {
    case 'all':
      return selected(lookups.listPaperIds({}));
    case 'papers':
      return resolveRefs(selection.refs, lookups);
    case 'filter':
      return selected(lookups.listPaperIds(selection.filter));
    case 'search': {
      const hits = lookups.narrowPaperIds(
        lookups.searchPaperIds(selection.query),
        selection.filter,
      );
      return selected(hits.slice(0, selection.limit ?? hits.length));
    }
    case 'collection': {
      const ids = lookups.listCollectionPaperIds(selection.name);
      return ids
        ? selected(ids)
        : { ok: false, reason: 'collection_not_found', name: selection.name };
    }
  }
}

function resolveRefs(refs: readonly PaperRef[], lookups: PaperLookups): SelectionResult {
  const ids = lookups.findPaperIds(refs);
  const missing = refs.filter((_, i) => ids[i] === undefined);
  if (missing.length > 0) return { ok: false, reason: 'unknown_papers', missing };
  return { ...selected(ids as number[]), refIds: ids as number[] };
}

function selected(ids: readonly number[]): { ok: true; paperIds: number[] } {
  return { ok: true, paperIds: [...new Set(ids)] };
}

export function invalidInput(field: string, message: string): InvalidInput {
  return { ok: false, reason: 'invalid_input', field, message };
}

/** How a reference reads in a message: `arXiv:2505.05470`, a key, or `#12`. */
export function describePaperRef(ref: PaperRef): string {
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
      return `no paper matches ${failure.missing.map(describePaperRef).join(', ')}`;
    case 'collection_not_found':
      return `no collection named "${failure.name ?? ''}"`;
  }
}
