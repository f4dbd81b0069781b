import { parseArxivId } from '../paper/arxiv-id';
import type { PaperFilter } from './paper-filter';
import { isEmptyPaperFilter } from './paper-filter';
import { parsePaperFilterJson } from './paper-filter-json';
import type { InvalidInput, PaperRef, PaperSelection } from './paper-selection';
import { invalidInput } from './paper-selection';

/**
 * A selection as an edge receives it, before any check: GraphQL input fields, CLI flags and
 * arguments, URL parameters. Null and undefined both mean "not given".
 */
export interface RawPaperSelection {
  /** Papers by database id (the edge has decoded its own id form, e.g. global ids). */
  paperIds?: readonly number[] | null | undefined;
  /** Papers by arXiv id, with or without version or `arXiv:`; each must be one. */
  arxivIds?: readonly string[] | null | undefined;
  /** Papers by paper key or citation key, as given. */
  keys?: readonly string[] | null | undefined;
  /** Papers as a person types them: an arXiv id when it reads as one, else a key. */
  refs?: readonly string[] | null | undefined;
  /** A decoded filter, or JSON text to decode. */
  filter?: PaperFilter | string | null | undefined;
  search?: string | null | undefined;
  /** At most this many search hits (after the filter); a number or the text of one. */
  limit?: number | string | null | undefined;
  collection?: string | null | undefined;
}

export type RawField = keyof RawPaperSelection;

/** What an edge accepts, and how it spells each field in messages (`--arxiv`, `arxivIds`). */
export interface SelectionRules {
  names: Partial<Record<RawField, string>>;
  /**
   * `export`: nothing given means every paper, and a collection may be named.
   * `collection`: something must be named, and a filter must narrow something.
   */
  purpose: 'export' | 'collection';
}

export type ReadSelection = { ok: true; selection: PaperSelection } | InvalidInput;

const REF_FIELDS = ['paperIds', 'arxivIds', 'keys', 'refs'] as const;

/** The one reader of paper selections: validates raw input, or says which field is wrong. */
export function readPaperSelection(raw: RawPaperSelection, rules: SelectionRules): ReadSelection {
  const name = (field: RawField) => rules.names[field] ?? field;
  const hasRefs = REF_FIELDS.some((field) => raw[field] != null);
  const kinds = [hasRefs, raw.search != null, raw.collection != null].filter(Boolean).length;
  if (kinds > 1 || (raw.filter != null && (hasRefs || raw.collection != null))) {
    return invalidInput('selection', giveOneOf(rules));
  }
  if (raw.limit != null && raw.search == null) {
    return invalidInput('limit', `${name('limit')} goes with ${name('search')}`);
  }
  const filter = readFilter(raw.filter, name('filter'));
  if (!filter.ok) return filter;
  if (raw.search != null) return readSearch(raw.search, raw.limit, filter.filter, name);
  if (raw.collection != null)
    return { ok: true, selection: { kind: 'collection', name: raw.collection } };
  if (hasRefs) return readRefs(raw, name);
  if (raw.filter == null) {
    return rules.purpose === 'export'
      ? { ok: true, selection: { kind: 'all' } }
      : invalidInput('selection', giveOneOf(rules));
  }
  if (rules.purpose === 'collection' && isEmptyPaperFilter(filter.filter)) {
    return invalidInput(
      'filter',
      'An empty filter would select every paper; give at least one field.',
    );
  }
  return { ok: true, selection: { kind: 'filter', filter: filter.filter } };
}

function giveOneOf(rules: SelectionRules): string {
  const given = (Object.keys(rules.names) as RawField[]).filter((field) => field !== 'limit');
  const names = given.map((field) => rules.names[field]!);
  const list = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `give one of ${list} (${rules.names.filter ?? 'filter'} may narrow ${rules.names.search ?? 'search'})`;
}

function readFilter(
  given: PaperFilter | string | null | undefined,
  name: string,
): { ok: true; filter: PaperFilter } | InvalidInput {
  if (given == null) return { ok: true, filter: {} };
  if (typeof given !== 'string') return checkYears(given);
  const parsed = parsePaperFilterJson(given);
  return parsed.ok ? parsed : invalidInput('filter', `${name}: ${parsed.message}`);
}

function checkYears(filter: PaperFilter): { ok: true; filter: PaperFilter } | InvalidInput {
  const { yearFrom, yearTo } = filter;
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) {
    return invalidInput('filter', `yearFrom (${yearFrom}) is after yearTo (${yearTo})`);
  }
  return { ok: true, filter };
}

function readSearch(
  query: string,
  limitGiven: number | string | null | undefined,
  filter: PaperFilter,
  name: (field: RawField) => string,
): ReadSelection {
  if (!query.trim()) return invalidInput('search', 'A search needs at least one word.');
  let limit: number | undefined;
  if (limitGiven != null) {
    limit = typeof limitGiven === 'number' ? limitGiven : Number(limitGiven.trim() || NaN);
    if (!Number.isInteger(limit) || limit < 1) {
      return invalidInput(
        'limit',
        `${name('limit')} must be a whole number of at least 1, got "${limitGiven}"`,
      );
    }
  }
  return { ok: true, selection: { kind: 'search', query, filter, limit } };
}

function readRefs(raw: RawPaperSelection, name: (field: RawField) => string): ReadSelection {
  const refs: PaperRef[] = (raw.paperIds ?? []).map((paperId) => ({ paperId }));
  for (const text of raw.arxivIds ?? []) {
    const parsed = parseArxivId(text);
    if (!parsed.ok) {
      return invalidInput('arxivIds', `"${text}" is not an arXiv id: ${parsed.reason}.`);
    }
    refs.push({ arxivId: parsed.id });
  }
  for (const field of ['keys', 'refs'] as const) {
    for (const text of raw[field] ?? []) {
      if (!text.trim()) return invalidInput(field, `${name(field)} has an empty entry.`);
      refs.push(field === 'keys' ? { key: text.trim() } : parsePaperRef(text));
    }
  }
  if (refs.length === 0) return invalidInput('selection', 'Name at least one paper.');
  return { ok: true, selection: { kind: 'papers', refs } };
}

/** A reference typed by a person: an arXiv id when it reads as one, else a key. */
export function parsePaperRef(text: string): PaperRef {
  const parsed = parseArxivId(text);
  return parsed.ok ? { arxivId: parsed.id } : { key: text.trim() };
}

/** One paper named by exactly one of a database id, an arXiv id, a key or a typed reference. */
export function readPaperRef(
  raw: {
    paperId?: number | null | undefined;
    arxivId?: string | null | undefined;
    key?: string | null | undefined;
    ref?: string | null | undefined;
  },
  names: { paperId?: string; arxivId?: string; key?: string; ref?: string },
): { ok: true; ref: PaperRef } | InvalidInput {
  const fields = ['paperId', 'arxivId', 'key', 'ref'] as const;
  const given = fields.filter((field) => raw[field] != null);
  if (given.length !== 1) {
    const list = Object.values(names);
    return invalidInput('paper', `Give exactly one of ${list.join(' or ')}.`);
  }
  if (raw.paperId != null) return { ok: true, ref: { paperId: raw.paperId } };
  const text = raw.ref ?? raw.key;
  if (text != null) {
    if (!text.trim()) return invalidInput('paper', 'Name a paper.');
    return { ok: true, ref: raw.ref != null ? parsePaperRef(text) : { key: text.trim() } };
  }
  const parsed = parseArxivId(raw.arxivId!);
  if (!parsed.ok) {
    return invalidInput('arxivId', `"${raw.arxivId}" is not an arXiv id: ${parsed.reason}.`);
  }
  return { ok: true, ref: { arxivId: parsed.id } };
}
