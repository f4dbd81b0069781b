import type { BibtexEntry, BibtexLibrary } from './read-bibtex-library';

export interface LocatedEntry {
  entry: BibtexEntry;
  /** The line of the entry's `@type{`. */
  line: number;
}

export interface LocatedText {
  line: number;
  text: string;
}

export interface LocatedBibtex {
  entries: LocatedEntry[];
  /** Entries the library could not read, at the line of their `@type{`. */
  failures: LocatedText[];
  /** Library complaints that belong to no entry (e.g. an unresolved `@string`). */
  notices: string[];
  /** Text that is neither an entry nor a `%` comment, such as a stray closing brace. */
  strayText: LocatedText[];
}

interface Span {
  start: number;
  end: number;
}

/**
 * The library reports entries and failures without positions, but in file order and with their
 * source text (`input`), so each is found by searching forward for that text.
 */
export function locateBibtexEntries(text: string, library: BibtexLibrary): LocatedBibtex {
  const lineAt = createLineIndex(text);
  const entries = library.entries.filter((entry) => entry.input !== '');
  const entrySpans = findInOrder(
    text,
    entries.map((entry) => entry.input),
  );
  const failed = library.errors.filter((error) => error.input?.startsWith('@'));
  const failureSpans = findInOrder(
    text,
    failed.map((error) => error.input ?? ''),
  );
  return {
    entries: entries.map((entry, index) => ({ entry, line: lineAt(entrySpans[index]!.start) })),
    failures: failed.map((error, index) => ({
      line: lineAt(failureSpans[index]!.start),
      text: error.error.split('\n')[0]!,
    })),
    notices: library.errors.filter((error) => !failed.includes(error)).map((error) => error.error),
    strayText: findStrayText(text, [...entrySpans, ...failureSpans]).map((span) => ({
      line: lineAt(span.start),
      text: text.slice(span.start, span.end),
    })),
  };
}

function findInOrder(text: string, needles: string[]): Span[] {
  let cursor = 0;
  return needles.map((needle) => {
    const found = text.indexOf(needle, cursor);
    // Not found cannot happen for text the library took from this input; stay at the cursor.
    const start = found === -1 ? cursor : found;
    cursor = start + needle.length;
    return { start, end: cursor };
  });
}

/** Non-blank text between entries, outside `%` comment lines and `@comment`/`@string` blocks. */
function findStrayText(text: string, covered: Span[]): Span[] {
  const sorted = [...covered].sort((a, b) => a.start - b.start);
  const gaps: Span[] = [];
  let cursor = 0;
  for (const span of [...sorted, { start: text.length, end: text.length }]) {
    if (span.start > cursor) gaps.push({ start: cursor, end: span.start });
    cursor = Math.max(cursor, span.end);
  }
  return gaps.flatMap((gap) => {
    const gapText = text
      .slice(gap.start, gap.end)
      .replace(/^[ \t]*%.*$/gm, (c) => ' '.repeat(c.length));
    const offset = gapText.search(/\S/);
    if (offset === -1 || gapText.includes('@')) return [];
    return [{ start: gap.start + offset, end: gap.start + gapText.trimEnd().length }];
  });
}

export function createLineIndex(text: string): (offset: number) => number {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lineStarts.push(at + 1);
  }
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
