import type { Finding } from '../types';
import { at } from '../../src/model/finding';
import type { CitationRecord } from '../../src/model/citation-network/citation';
import { workKey } from '../../src/model/citation-network/citation';
import { PaperMatcher } from '../../src/model/citation-network/match-work';
import { addCitationSource, upsertCitation } from '../../src/store/citation.store';
import type { Db } from '../../src/store/database';
import { startRun } from '../../src/store/run.store';
import { linkWorksThroughSharedIds, listIdentifiedPapers } from '../../src/store/work.store';
import { closeIngestRun } from './close-ingest-run';
import { findOrCreateWork, resolveExternalWorks } from './resolve-works';

export interface IngestCitationsOptions {
  format: string;
  sources: string[];
  parserFindings?: { skipped: Finding[]; warnings: Finding[] } | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  now?: () => Date;
}

export interface CitationsSummary {
  runId: number;
  format: string;
  /** Citations the parser read (one per bib entry / reference it could use). */
  records: number;
  /** How the cited side of each record resolved: to a paper (and how) or to an external work. */
  cited: { arxiv: number; doi: number; title: number; external: number };
  /** The strongest identifier each cited side came with (`raw`: only a reference string). */
  citedIds: Record<string, number>;
  /** Citing works that are papers of the graph vs external ones. */
  citingPapers: number;
  citingExternal: number;
  edges: { added: number; existing: number };
  sourcesAdded: number;
  worksCreated: number;
  /** External works from earlier imports that now match a paper. */
  worksLinked: number;
  selfCitations: Finding[];
  skipped: Finding[];
  warnings: Finding[];
}

/**
 * Writes citation records in one transaction: both ends become works (found by any identifier,
 * created when new), each linked to a paper of the graph by arXiv id, DOI, then title + year when
 * one matches; the edge and the source that asserted it are added, never removed.
 */
export function ingestCitations(
  db: Db,
  records: readonly CitationRecord[],
  options: IngestCitationsOptions,
): CitationsSummary {
  return db.transaction(() => writeCitations(db, records, options))();
}

function writeCitations(
  db: Db,
  records: readonly CitationRecord[],
  options: IngestCitationsOptions,
): CitationsSummary {
  const now = options.now ?? (() => new Date());
  const runId = startRun(db, {
    format: options.format,
    sources: options.sources,
    listId: null,
    startedAt: now().toISOString(),
  });
  const matcher = new PaperMatcher(listIdentifiedPapers(db));
  const summary = emptySummary(runId, records.length, options);
  summary.worksLinked = resolveExternalWorks(db, matcher);
  records.forEach((record, index) => {
    writeCitation(db, runId, record, matcher, summary);
    options.onProgress?.(index + 1, records.length);
  });
  summary.worksLinked += linkWorksThroughSharedIds(db);
  closeIngestRun(db, runId, {
    finishedAt: now(),
    warnings: [...summary.warnings, ...summary.selfCitations],
    skipped: summary.skipped,
    counts: {
      records: summary.records,
      cited: summary.cited,
      citedIds: summary.citedIds,
      edges: summary.edges,
      worksCreated: summary.worksCreated,
      worksLinked: summary.worksLinked,
    },
    changed: summary.edges.added + summary.worksLinked > 0,
  });
  return summary;
}

function writeCitation(
  db: Db,
  runId: number,
  record: CitationRecord,
  matcher: PaperMatcher,
  summary: CitationsSummary,
): void {
  const citing = findOrCreateWork(db, record.citing, runId, matcher);
  const cited = findOrCreateWork(db, record.cited, runId, matcher);
  summary.worksCreated += Number(citing.created) + Number(cited.created);
  if (citing.work.paperId !== null) summary.citingPapers += 1;
  else summary.citingExternal += 1;
  const kind = workKey(record.cited).split(':')[0]!;
  summary.citedIds[kind] = (summary.citedIds[kind] ?? 0) + 1;
  const by = cited.work.paperId === null ? 'external' : cited.work.matchedBy;
  summary.cited[(by ?? 'external') as keyof CitationsSummary['cited']] += 1;
  if (citing.work.id === cited.work.id) {
    summary.selfCitations.push({
      where: at(record.source),
      code: 'self-citation',
      reason: `a work citing itself (${citing.work.key}) is not stored as an edge`,
    });
    return;
  }
  const edge = upsertCitation(db, citing.work.id, cited.work.id);
  summary.edges[edge.added ? 'added' : 'existing'] += 1;
  const added = addCitationSource(db, {
    citationId: edge.id,
    runId,
    format: record.format,
    sourceFile: record.source.file,
    sourceLine: record.source.line,
    isInfluential: record.isInfluential,
    intents: record.intents ?? [],
    contexts: record.contexts ?? [],
  });
  summary.sourcesAdded += Number(added);
}

function emptySummary(
  runId: number,
  records: number,
  options: IngestCitationsOptions,
): CitationsSummary {
  return {
    runId,
    format: options.format,
    records,
    cited: { arxiv: 0, doi: 0, title: 0, external: 0 },
    citedIds: {},
    citingPapers: 0,
    citingExternal: 0,
    edges: { added: 0, existing: 0 },
    sourcesAdded: 0,
    worksCreated: 0,
    worksLinked: 0,
    selfCitations: [],
    skipped: options.parserFindings?.skipped ?? [],
    warnings: options.parserFindings?.warnings ?? [],
  };
}
