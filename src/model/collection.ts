import { parseArxivId } from './arxiv-id';
import type { PaperFilter } from './paper-filter';

/** A hand-curated, ordered set of papers with notes; it outlives re-ingests of its papers. */
export interface Collection {
  id: number;
  name: string;
  description: string;
  createdAt: string;
  updatedAt: string;
}

/** A filter or search that papers were added from, kept for reference. */
export interface CollectionSource {
  id: number;
  collectionId: number;
  kind: 'filter' | 'search';
  /** The search words, for a search source. */
  query: string | null;
  /** The filter (for a search: what narrowed its hits). */
  filter: PaperFilter;
  /** How many papers the source matched when it was added. */
  paperCount: number;
  addedAt: string;
}

/** One paper's place in a collection. */
export interface CollectionEntry {
  collectionId: number;
  paperId: number;
  /** 1-based, dense: the first paper is 1, the last is the paper count. */
  position: number;
  note: string | null;
  tags: string[];
  addedAt: string;
  /** False once every list that placed the paper has dropped it (it stays in the collection). */
  listed: boolean;
}

/** One paper, named the ways a client can name it. */
export type PaperRef = { paperId: number } | { arxivId: string } | { key: string };

/** Which papers to add to or remove from a collection. */
export type PaperSelection =
  | { kind: 'papers'; refs: PaperRef[] }
  | { kind: 'filter'; filter: PaperFilter }
  /** `hitIds` are the search index's hits, best first; `filter` narrows them. */
  | { kind: 'search'; query: string; filter: PaperFilter; hitIds: number[] };

/** Expected failures of collection writes; the store returns them, callers word them. */
export type CollectionFailure =
  | { ok: false; reason: 'collection_not_found' }
  | { ok: false; reason: 'duplicate_name'; name: string }
  | { ok: false; reason: 'invalid_input'; field: string; message: string }
  /** Papers named that the graph does not hold (as named: an id, arXiv id or key). */
  | { ok: false; reason: 'unknown_papers'; missing: PaperRef[] }
  /** Papers that exist but are not in the collection. */
  | { ok: false; reason: 'not_in_collection'; missing: PaperRef[] };

export type InvalidInput = Extract<CollectionFailure, { reason: 'invalid_input' }>;

export const MAX_NAME_LENGTH = 120;
export const MAX_TAG_LENGTH = 40;
export const MAX_NOTE_LENGTH = 10_000;

function invalid(field: string, message: string): InvalidInput {
  return { ok: false, reason: 'invalid_input', field, message };
}

/** Trims and collapses inner whitespace; a name must keep some text and fit in one line. */
export function normalizeCollectionName(name: string): { ok: true; name: string } | InvalidInput {
  const normalized = name.replace(/\s+/g, ' ').trim();
  if (!normalized) return invalid('name', 'A collection name cannot be empty.');
  if (normalized.length > MAX_NAME_LENGTH) {
    return invalid('name', `A collection name has at most ${MAX_NAME_LENGTH} characters.`);
  }
  return { ok: true, name: normalized };
}

/** The key that makes names unique ignoring case (and Unicode compatibility forms). */
export function collectionNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** Trims each tag, drops empty ones and repeats (ignoring case), keeping the first spelling. */
export function normalizeTags(
  tags: readonly string[],
): { ok: true; tags: string[] } | InvalidInput {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    if (!tag) continue;
    if (tag.length > MAX_TAG_LENGTH || tag.includes(',')) {
      return invalid(
        'tags',
        `"${tag}" is not a tag: at most ${MAX_TAG_LENGTH} characters, no commas.`,
      );
    }
    const key = tag.toLowerCase();
    if (!seen.has(key)) result.push(tag);
    seen.add(key);
  }
  return { ok: true, tags: result };
}

/** A note is free text; blank means no note. */
export function normalizeNote(
  note: string | null,
): { ok: true; note: string | null } | InvalidInput {
  const trimmed = note?.trim() ?? '';
  if (trimmed.length > MAX_NOTE_LENGTH) {
    return invalid('note', `A note has at most ${MAX_NOTE_LENGTH} characters.`);
  }
  return { ok: true, note: trimmed || null };
}

/** Validates and normalises an arXiv id (`arXiv:2505.05470v2` → `2505.05470`). */
export function normalizePaperRef(ref: PaperRef): { ok: true; ref: PaperRef } | InvalidInput {
  if (!('arxivId' in ref)) return { ok: true, ref };
  const parsed = parseArxivId(ref.arxivId);
  if (!parsed.ok) {
    return invalid('arxivIds', `"${ref.arxivId}" is not an arXiv id: ${parsed.reason}.`);
  }
  return { ok: true, ref: { arxivId: parsed.id } };
}

/** Moves `item` to 1-based `position` (other items keep their relative order). */
export function moveToPosition<T>(items: readonly T[], item: T, position: number): T[] {
  const rest = items.filter((other) => other !== item);
  return [...rest.slice(0, position - 1), item, ...rest.slice(position - 1)];
}

/** How a paper reference reads in a message: `arXiv:2505.05470`, a key, or `#12`. */
export function describePaperRef(ref: PaperRef): string {
  if ('arxivId' in ref) return `arXiv:${ref.arxivId}`;
  if ('key' in ref) return ref.key;
  return `#${ref.paperId}`;
}
