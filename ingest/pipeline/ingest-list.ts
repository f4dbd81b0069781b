import type { Finding } from '../types';
import { assignPillars, pillarForPath } from '../../src/model/ontology/assign-pillars';
import type { IdConflict, MergedList } from '../../src/model/curation/merge-list-entries';
import { mergeListEntries } from '../../src/model/curation/merge-list-entries';
import type { OntologyEntity } from '../../src/model/ontology/ontology';
import type { ArxivCoverage, ListSurvey, SurveyList } from '../../src/model/curation/survey-list';
import type { Db } from '../../src/store/database';
import { findEntityId, upsertEntity } from '../../src/store/entity.store';
import { upsertList } from '../../src/store/list.store';
import { findPaperByArxivId } from '../../src/store/paper.store';
import { addConflict } from '../../src/store/provenance.store';
import type { PaperChange } from '../../src/store/run.store';
import { addPaperChange, startRun } from '../../src/store/run.store';
import type { Placement } from '../../src/store/section.store';
import {
  listPlacementsOfList,
  unlistSectionsExcept,
  upsertSection,
} from '../../src/store/section.store';
import { closeIngestRun } from './close-ingest-run';
import { writeListSurvey } from './write-list-survey';
import { writeListedPaper } from './write-listed-paper';
import { writePlacements } from './write-placements';

export interface IngestListOptions {
  /** The list's stable name across versions, e.g. `visual-rl`. */
  listName: string;
  format: string;
  /** File names recorded with the run (the provenance of every fact comes from entry sources). */
  sources: string[];
  /** Pillar and group entities whose section patterns place the list's sections. */
  pillars: readonly OntologyEntity[];
  /** Curated pillar per section path (joined with ' / '); wins over the patterns. */
  sectionPillars?: ReadonlyMap<string, string> | undefined;
  /** What the parser skipped and warned about, stored with the run. */
  parserFindings?: { skipped: Finding[]; warnings: Finding[] } | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  now?: () => Date;
}

export interface IngestSummary {
  runId: number;
  listName: string;
  papers: { added: number; updated: number; unchanged: number; removed: number; total: number };
  sections: number;
  warnings: Finding[];
  skipped: Finding[];
  conflicts: IdConflict[];
  changed: boolean;
  /** How much of the list's arXiv links became papers (when the parser measured it). */
  coverage?: ArxivCoverage | undefined;
  /** The survey the list accompanies, recorded apart from its papers. */
  survey?: ListSurvey | undefined;
}

/**
 * Writes one version of a list into the graph, in one transaction: papers (merged by identity),
 * sections, placements, links and provenance. Re-ingesting the same version changes nothing;
 * a newer version moves placements and records which papers it added and removed.
 */
export function ingestSurveyList(
  db: Db,
  list: SurveyList,
  options: IngestListOptions,
): IngestSummary {
  return db.transaction(() => writeList(db, list, options))();
}

function writeList(db: Db, list: SurveyList, options: IngestListOptions): IngestSummary {
  const now = options.now ?? (() => new Date());
  for (const pillar of options.pillars) upsertEntity(db, pillar);
  const listId = upsertList(db, options.listName, list.title);
  const { format, sources } = options;
  const runId = startRun(db, { format, sources, listId, startedAt: now().toISOString() });
  const merged = mergeListEntries(list.entries);
  const sectionIds = writeSections(db, listId, list, options);
  const changes = writePapersAndPlacements(db, runId, listId, merged, sectionIds, options);
  unlistSectionsExcept(db, listId, [...sectionIds.values()]);
  if (list.survey) {
    const file = list.entries[0]?.source.file ?? sources[0] ?? '';
    writeListSurvey(db, runId, listId, list.survey, file);
  }
  const warnings = [...(options.parserFindings?.warnings ?? []), ...merged.findings];
  const skipped = options.parserFindings?.skipped ?? [];
  const summary = summarise(
    runId,
    options.listName,
    merged.papers.length,
    changes,
    sectionIds.size,
  );
  const finished = {
    ...summary,
    warnings,
    skipped,
    conflicts: merged.conflicts,
    coverage: list.coverage,
    survey: list.survey,
  };
  closeIngestRun(db, runId, {
    finishedAt: now(),
    warnings,
    skipped,
    counts: {
      papers: summary.papers,
      sections: summary.sections,
      warnings: warnings.length,
      skipped: skipped.length,
    },
    changed: summary.changed,
  });
  return finished;
}

/** Writes every work, its id conflicts and its placements; returns each changed paper's change. */
function writePapersAndPlacements(
  db: Db,
  runId: number,
  listId: number,
  merged: MergedList,
  sectionIds: ReadonlyMap<string, number>,
  options: IngestListOptions,
): Map<number, PaperChange> {
  const before = listPlacementsOfList(db, listId);
  const changes = new Map<number, PaperChange>();
  const placements: Placement[] = [];
  merged.papers.forEach((listed, index) => {
    const { paperId, change } = writeListedPaper(db, runId, listed);
    if (change) changes.set(paperId, change);
    for (const { sectionPath, source } of listed.placements) {
      const sectionId = sectionIds.get(sectionPath.join(' / '));
      if (sectionId !== undefined) placements.push({ paperId, sectionId, position: source.line });
    }
    options.onProgress?.(index + 1, merged.papers.length);
  });
  for (const conflict of merged.conflicts) recordIdConflict(db, runId, conflict);
  for (const [paperId, change] of writePlacements(db, before, placements)) {
    if (!changes.has(paperId)) changes.set(paperId, change);
  }
  for (const [paperId, change] of changes) addPaperChange(db, { runId, paperId, change });
  return changes;
}

function writeSections(
  db: Db,
  listId: number,
  list: SurveyList,
  options: IngestListOptions,
): Map<string, number> {
  const assigned = assignPillars(list.sections, options.pillars);
  const ids = new Map<string, number>();
  list.sections.forEach((section, position) => {
    const joined = section.path.join(' / ');
    const slug = options.sectionPillars?.get(joined) ?? pillarForPath(assigned, section.path);
    const kind = options.pillars.find((p) => p.slug === slug)?.kind;
    const pillarId = slug && kind ? (findEntityId(db, kind, slug) ?? null) : null;
    const parentId = ids.get(section.path.slice(0, -1).join(' / ')) ?? null;
    const name = section.path.at(-1)!;
    ids.set(
      joined,
      upsertSection(db, { listId, parentId, name, path: section.path, position, pillarId }),
    );
  });
  return ids;
}

function recordIdConflict(db: Db, runId: number, conflict: IdConflict): void {
  const owner = findPaperByArxivId(db, conflict.arxivId);
  addConflict(db, runId, {
    paperId: owner?.id ?? null,
    field: 'arxiv_id',
    keptValue: conflict.kept.title,
    otherValue: conflict.other.title,
    keptSource: `${conflict.kept.source.file}:${conflict.kept.source.line}`,
    otherSource: `${conflict.other.source.file}:${conflict.other.source.line}`,
  });
}

function summarise(
  runId: number,
  listName: string,
  total: number,
  changes: Map<number, PaperChange>,
  sections: number,
): Omit<IngestSummary, 'warnings' | 'skipped' | 'conflicts'> {
  const count = (kind: PaperChange) => [...changes.values()].filter((c) => c === kind).length;
  const [added, updated, removed] = [count('added'), count('updated'), count('removed')];
  return {
    runId,
    listName,
    sections,
    papers: { added, updated, removed, unchanged: total - added - updated, total },
    changed: changes.size > 0,
  };
}
