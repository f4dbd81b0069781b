import type { SearchDocument, SearchField } from './search-documents';
import type { FoundWord } from './search-terms';
import { camelCaseParts, dashRuns, findWords, toSearchTerm } from './search-terms';

/** A piece of a field with the words that matched the query marked by offsets. */
export interface Highlight {
  field: SearchField;
  /** The whole field when short, else a fragment around the matches (with "…" at cut ends). */
  text: string;
  /** Matched words in `text`, end exclusive, in order. */
  ranges: { start: number; end: number }[];
}

const HIGHLIGHT_FIELDS: SearchField[] = [
  'title',
  'abstract',
  'authors',
  'venue',
  'sections',
  'concepts',
];
/** Fragments are about this long: two lines of a terminal, a few lines of a result page. */
const FRAGMENT_LENGTH = 220;

/** Words of `text` whose term (a camel-case part's, a dash-joined run's) is one of `terms`. */
function matchedWords(text: string, terms: ReadonlySet<string>): FoundWord[] {
  const words = findWords(text);
  const marked = new Set<number>();
  words.forEach((word, i) => {
    const parts = [word.text, ...camelCaseParts(word.text)];
    if (parts.some((part) => terms.has(toSearchTerm(part)))) marked.add(i);
  });
  for (const { from, to } of dashRuns(words)) {
    const joined = toSearchTerm(
      words
        .slice(from, to + 1)
        .map((w) => w.text)
        .join(''),
    );
    if (terms.has(joined)) for (let i = from; i <= to; i++) marked.add(i);
  }
  return words.filter((_, i) => marked.has(i));
}

/** The window of about FRAGMENT_LENGTH characters holding the most matches, cut at spaces. */
function bestWindow(text: string, words: readonly FoundWord[]): { start: number; end: number } {
  let best = { start: 0, count: 0 };
  for (const first of words) {
    const start = Math.max(0, first.start - 40);
    const count = words.filter((w) => w.start >= start && w.end <= start + FRAGMENT_LENGTH).length;
    if (count > best.count) best = { start, count };
  }
  let start = best.start;
  let end = Math.min(text.length, start + FRAGMENT_LENGTH);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return { start, end };
}

function highlightField(
  field: SearchField,
  text: string,
  terms: ReadonlySet<string>,
): Highlight | undefined {
  const words = matchedWords(text, terms);
  if (words.length === 0) return undefined;
  if (text.length <= FRAGMENT_LENGTH + 40) {
    return { field, text, ranges: words.map(({ start, end }) => ({ start, end })) };
  }
  const window = bestWindow(text, words);
  const prefix = window.start > 0 ? '…' : '';
  const suffix = window.end < text.length ? '…' : '';
  const shift = prefix.length - window.start;
  return {
    field,
    text: prefix + text.slice(window.start, window.end) + suffix,
    ranges: words
      .filter((w) => w.start >= window.start && w.end <= window.end)
      .map(({ start, end }) => ({ start: start + shift, end: end + shift })),
  };
}

/** The fields of a paper where the matched terms occur, each cut down to a fragment. */
export function highlightDocument(document: SearchDocument, terms: readonly string[]): Highlight[] {
  const wanted = new Set(terms);
  return HIGHLIGHT_FIELDS.flatMap((field) => highlightField(field, document[field], wanted) ?? []);
}

/** The highlight's text with every range wrapped in `open` … `close` (escaped by `escape`). */
export function markHighlight(
  highlight: Highlight,
  open: string,
  close: string,
  escape: (text: string) => string = (text) => text,
): string {
  let out = '';
  let at = 0;
  for (const { start, end } of highlight.ranges) {
    out +=
      escape(highlight.text.slice(at, start)) +
      open +
      escape(highlight.text.slice(start, end)) +
      close;
    at = end;
  }
  return out + escape(highlight.text.slice(at));
}
