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

/**
 * What every pure parser returns: the records it could read, the entries it skipped (with why),
 * and warnings about records it kept. Parsers never throw for one bad entry; they throw
 * `NotThisFormatError` only when the whole text is not their format.
 */
export interface ParseResult<T> {
  records: T[];
  skipped: Finding[];
  warnings: Finding[];
}

export class NotThisFormatError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${message}` : `${file}:${line}: ${message}`);
    this.name = 'NotThisFormatError';
  }
}

export function at(location: SourceLocation): string {
  return `${location.file}:${location.line}`;
}
