import type { PaperFilter } from '../selection/paper-filter';
import type { InvalidInput, PaperRef, SelectionFailure } from '../selection/paper-selection';
import { invalidInput as invalid } from '../selection/paper-selection';

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

/** Expected failures of collection writes; the store and service return them, edges word them. */
export type CollectionFailure =
  | SelectionFailure
  | { ok: false; reason: 'duplicate_name'; name: string }
  /** Papers that exist but are not in the collection. */
  | { ok: false; reason: 'not_in_collection'; missing: PaperRef[] };

export const MAX_NAME_LENGTH = 120;
export const MAX_TAG_LENGTH = 40;
export const MAX_NOTE_LENGTH = 10_000;

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

/** Moves `item` to 1-based `position` (other items keep their relative order). */
export function moveToPosition<T>(items: readonly T[], item: T, position: number): T[] {
  const rest = items.filter((other) => other !== item);
  return [...rest.slice(0, position - 1), item, ...rest.slice(position - 1)];
}
