/**
 * The search syntax people know from web and library search:
 *   words             every word counts; papers with all of them rank first
 *   "exact phrase"    the words next to each other, in this order (required)
 *   -word  -"phrase"  papers with it are left out
 *   title: author: venue: abstract: section: arxiv:   the word or "phrase" in that field (required)
 *   year:2025  year:2023..2025  year:2024..  year:..2023
 *   algorithm: reward: benchmark: paradigm: pillar:   papers linked to that concept (name or alias)
 * Malformed syntax is a SearchSyntaxError naming what is wrong and where.
 */

/** A query that cannot be read; `column` is 1-based. */
export class SearchSyntaxError extends Error {
  constructor(
    message: string,
    readonly column?: number,
  ) {
    super(column === undefined ? message : `${message} (column ${column})`);
    this.name = 'SearchSyntaxError';
  }
}

/** Fields of the index a clause may be limited to. */
export const TEXT_FIELDS = {
  title: 'title',
  author: 'authors',
  venue: 'venue',
  abstract: 'abstract',
  section: 'sections',
  arxiv: 'arxivId',
} as const;
export type TextField = (typeof TEXT_FIELDS)[keyof typeof TEXT_FIELDS];

/** Field prefixes that name an ontology concept the paper must be linked to. */
export const CONCEPT_FIELDS = ['algorithm', 'reward', 'benchmark', 'paradigm', 'pillar'] as const;
export type ConceptField = (typeof CONCEPT_FIELDS)[number];

export interface TextClause {
  text: string;
  /** Quoted: the words must be adjacent, in order. */
  phrase: boolean;
  /** Limited to one field; anywhere when absent. */
  field?: TextField | undefined;
}

export interface ParsedQuery {
  /** Unquoted, unprefixed words: ranked, the more of them a paper has the better. */
  words: string;
  /** Phrases and field clauses: a paper must match every one. */
  required: TextClause[];
  /** A paper matching any of these is left out. */
  excluded: TextClause[];
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  concepts: { field: ConceptField; value: string }[];
}

const FIELD_NAMES = [...Object.keys(TEXT_FIELDS), 'year', ...CONCEPT_FIELDS];

/** One whitespace-separated piece of the query, with its quote handling done. */
interface Token {
  negated: boolean;
  field?: string | undefined;
  text: string;
  quoted: boolean;
  column: number;
}

export function parseSearchQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { words: '', required: [], excluded: [], concepts: [] };
  const words: string[] = [];
  for (const token of tokenize(query)) {
    if (token.field === 'year') readYear(token, parsed);
    else if (isConceptField(token.field)) readConcept(token, parsed);
    else if (token.negated) parsed.excluded.push(toClause(token));
    else if (token.quoted || token.field) parsed.required.push(toClause(token));
    else words.push(token.text);
  }
  parsed.words = words.join(' ');
  const looksFor = parsed.words.trim() || parsed.required.length || parsed.concepts.length;
  if (!looksFor && parsed.yearFrom === undefined && parsed.yearTo === undefined) {
    throw new SearchSyntaxError(
      parsed.excluded.length
        ? 'the query only excludes; add at least one word, phrase or field to look for'
        : 'the query has no words to look for',
    );
  }
  return parsed;
}

function isConceptField(field: string | undefined): field is ConceptField {
  return (CONCEPT_FIELDS as readonly string[]).includes(field ?? '');
}

function toClause(token: Token): TextClause {
  const field = token.field ? TEXT_FIELDS[token.field as keyof typeof TEXT_FIELDS] : undefined;
  return { text: token.text, phrase: token.quoted, field };
}

function readConcept(token: Token, parsed: ParsedQuery): void {
  if (token.negated) {
    throw new SearchSyntaxError(`cannot exclude ${token.field}: (leave out the "-")`, token.column);
  }
  parsed.concepts.push({ field: token.field as ConceptField, value: token.text });
}

const YEAR_RANGE = /^(\d{4})?(\.\.)?(\d{4})?$/;

function readYear(token: Token, parsed: ParsedQuery): void {
  const match = YEAR_RANGE.exec(token.text);
  const [, from, range, to] = match ?? [];
  if (token.negated || !match || (!from && !to) || (!range && to)) {
    throw new SearchSyntaxError(
      `year: takes a year or a range (year:2025, year:2023..2025, year:2024.., year:..2023), not "${token.negated ? '-' : ''}year:${token.text}"`,
      token.column,
    );
  }
  parsed.yearFrom = from ? Number(from) : undefined;
  parsed.yearTo = range ? (to ? Number(to) : undefined) : Number(from);
  if (parsed.yearFrom && parsed.yearTo && parsed.yearFrom > parsed.yearTo) {
    throw new SearchSyntaxError(`year:${token.text} ends before it starts`, token.column);
  }
}

/** Splits on whitespace outside quotes; reads `-`, `field:` and `"…"` at the start of a piece. */
function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < query.length) {
    if (/\s/u.test(query[at]!)) {
      at++;
      continue;
    }
    const token = readToken(query, at);
    at = token.next;
    if (token.token) tokens.push(token.token);
  }
  return tokens;
}

function readToken(query: string, start: number): { token?: Token; next: number } {
  let at = start;
  const negated = query[at] === '-';
  if (negated) at++;
  let field: string | undefined;
  const prefix = /^([A-Za-z]+):/.exec(query.slice(at));
  if (prefix) {
    const name = prefix[1]!.toLowerCase();
    const rest = query.slice(at + prefix[0].length);
    if (FIELD_NAMES.includes(name)) {
      field = name;
      at += prefix[0].length;
      if (rest === '' || /^\s/u.test(rest)) {
        throw new SearchSyntaxError(`${name}: needs a value right after the colon`, start + 1);
      }
    } else if (rest !== '' && !/^\s/u.test(rest) && !/^\/\//.test(rest)) {
      throw new SearchSyntaxError(
        `unknown field "${prefix[1]}:"; fields are ${FIELD_NAMES.map((f) => `${f}:`).join(' ')}`,
        start + 1,
      );
    }
  }
  if (query[at] === '"') {
    const close = query.indexOf('"', at + 1);
    if (close < 0) throw new SearchSyntaxError('unclosed quote: add the closing "', at + 1);
    const text = query.slice(at + 1, close).trim();
    if (!/[\p{L}\p{N}]/u.test(text)) {
      throw new SearchSyntaxError('an empty phrase ""; put words between the quotes', at + 1);
    }
    return { token: { negated, field, text, quoted: true, column: start + 1 }, next: close + 1 };
  }
  const end = nextSpace(query, at);
  const text = query.slice(at, end);
  if (negated && text === '') {
    throw new SearchSyntaxError('"-" must be followed by a word or "phrase" to exclude', start + 1);
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return { next: end };
  return { token: { negated, field, text, quoted: false, column: start + 1 }, next: end };
}

function nextSpace(query: string, from: number): number {
  const match = /\s/u.exec(query.slice(from));
  return match ? from + match.index : query.length;
}
