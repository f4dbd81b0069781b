import type { Finding } from '../model/finding';
import type { IngestResult } from './ingest-command';
import { plural } from './plural';

/** Finding kinds that most change what a user sees, most important first. */
const IMPORTANCE = ['conflicting-id', 'invalid-arxiv-id', 'link-id-mismatch', 'date-id-mismatch'];
const SHOWN = 3;

/**
 * What the first `npm start` says after building the database: a few lines of counts, the three
 * findings that matter most, and where to see them all (not every conflict, which the verbose
 * ingest and `Paper.conflicts` show).
 */
export function formatStartSummary(results: readonly IngestResult[], dbPath: string): string {
  let listed = 0;
  let sections = 0;
  let records = 0;
  const findings: Finding[] = [];
  let conflicts = 0;
  for (const result of results) {
    if (result.kind === 'list') {
      listed += result.summary.papers.total;
      sections += result.summary.sections;
      findings.push(...result.summary.warnings);
    } else if (result.kind === 'records') {
      records += result.summary.records;
      conflicts += result.summary.conflicts.length;
    }
  }
  const rank = (f: Finding) => {
    const index = IMPORTANCE.indexOf(f.code);
    return index === -1 ? IMPORTANCE.length : index;
  };
  const top = [...findings].sort((a, b) => rank(a) - rank(b)).slice(0, SHOWN);
  return [
    `built ${dbPath}: ${plural(listed, 'listed paper')} in ${plural(sections, 'section')}, ${plural(records, 'metadata record')}; ${plural(findings.length, 'list finding')}, ${plural(conflicts, 'conflict')} between sources (both values kept)`,
    ...top.map((f) => `  ! ${f.where} ${f.code}: ${clip(f.reason)}`),
    `  all of them: \`surveygraph ingest --verbose …\`, \`surveygraph lint LIST.md\`, or Paper.conflicts in GraphQL`,
  ].join('\n');
}

function clip(text: string): string {
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
