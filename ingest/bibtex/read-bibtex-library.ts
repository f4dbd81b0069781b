import { parse } from '@retorquere/bibtex-parser';
import type { Entry, ParseError } from '@retorquere/bibtex-parser';

export type { Entry as BibtexEntry } from '@retorquere/bibtex-parser';

export interface BibtexLibrary {
  /** Entries in file order. An entry the library gave up on half-way has `input === ''`. */
  entries: Entry[];
  /**
   * Entry-level failures (their `input` starts with the entry's `@`) and file-level complaints
   * such as unresolved `@string` references.
   */
  errors: ParseError[];
  /** LaTeX commands the library does not know, by the entry they appeared in (kept as raw TeX). */
  unknownCommands: Map<Entry, string[]>;
}

/**
 * Runs @retorquere/bibtex-parser with the options this project needs: no sentence-casing and no
 * case-protection markup (titles stay as written, minus the braces), unknown commands kept as
 * raw TeX instead of failing the entry, and authors left raw so commas can be fixed first.
 */
export function readBibtexLibrary(text: string): BibtexLibrary {
  const unknownCommands = new Map<Entry, string[]>();
  const library = parse(text, {
    english: false,
    sentenceCase: false,
    caseProtection: false,
    fieldMode: { author: 'verbatim' },
    unsupported: (_node, tex, entry) => {
      unknownCommands.set(entry, [...(unknownCommands.get(entry) ?? []), tex]);
      return tex;
    },
  });
  return { entries: library.entries, errors: library.errors, unknownCommands };
}
