import type { Finding } from '../src/model/finding';

// Shared with the model and the store, so they live at the bottom (src/model/finding.ts).
export type { Finding, SourceLocation } from '../src/model/finding';

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
