/** Where a fact came from: a file and a 1-based line. */
export interface SourceLocation {
  file: string;
  line: number;
}

/** Something a parser noticed: an entry it skipped, or a warning about one it kept. */
export interface Finding {
  /** `file:line` (or `file` when no line applies). */
  where: string;
  /** Stable machine-readable kind, e.g. `invalid-arxiv-id`, `date-id-mismatch`. */
  code: string;
  /** One human sentence saying what is wrong. */
  reason: string;
}

/** `file:line`, as findings and messages print a location. */
export function at(location: SourceLocation): string {
  return `${location.file}:${location.line}`;
}
