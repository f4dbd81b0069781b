import type { PaperRecord } from '../../src/model/paper/paper-record';
import { NotThisFormatError } from '../types';
import type { Finding, ParseResult } from '../types';
import { PaperLineSchema } from './paper-line-schema';
import { paperLineToRecord } from './paper-line-to-record';

type LineOutcome =
  | { kind: 'record'; record: PaperRecord; warnings: Finding[] }
  | { kind: 'skipped'; finding: Finding };

/**
 * Reads paper-metadata JSON Lines: one JSON object per line, blank lines ignored. A line that is
 * not JSON, or not a paper, is skipped with its line number; text in which no line at all is a
 * paper (BibTeX, a pretty-printed JSON array, another JSON Lines schema) is not this format.
 */
export function parsePaperJsonl(text: string, file: string): ParseResult<PaperRecord> {
  const outcomes = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .flatMap((content, index) =>
      content.trim() === '' ? [] : [readLine(content, file, index + 1)],
    );
  if (!outcomes.some((outcome) => outcome.kind === 'record')) {
    const first = outcomes[0]?.kind === 'skipped' ? `; first, ${outcomes[0].finding.reason}` : '';
    throw new NotThisFormatError(
      file,
      `no line is a paper record, so this is not paper JSON Lines${first}`,
    );
  }
  const result: ParseResult<PaperRecord> = { records: [], skipped: [], warnings: [] };
  for (const outcome of outcomes) {
    if (outcome.kind === 'skipped') {
      result.skipped.push(outcome.finding);
    } else {
      result.records.push(outcome.record);
      result.warnings.push(...outcome.warnings);
    }
  }
  return result;
}

function readLine(content: string, file: string, line: number): LineOutcome {
  const where = `${file}:${line}`;
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const reason = `not JSON: ${(error as Error).message}`;
    return { kind: 'skipped', finding: { where, code: 'invalid-json', reason } };
  }
  const decoded = PaperLineSchema.safeParse(value);
  if (!decoded.success) {
    const issues = decoded.error.issues.slice(0, 3).map((issue) => {
      return `${issue.path.join('.') || 'line'}: ${issue.message}`;
    });
    const reason = `not a paper record: ${issues.join('; ')}`;
    return { kind: 'skipped', finding: { where, code: 'schema-mismatch', reason } };
  }
  const { record, problems } = paperLineToRecord(decoded.data, { file, line });
  if (!record.arxivId && !record.title) {
    const reason = 'the line has neither a valid arXiv id nor a title';
    return { kind: 'skipped', finding: { where, code: 'no-identifying-fields', reason } };
  }
  return { kind: 'record', record, warnings: problems.map((problem) => ({ where, ...problem })) };
}
