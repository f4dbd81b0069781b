import type { Finding } from '../types';
import { assignPillars, pillarForPath } from '../../src/model/assign-pillars';
import type { IdConflict, ListedPaper } from '../../src/model/merge-list-entries';
import { mergeListEntries } from '../../src/model/merge-list-entries';
import type { OntologyEntity } from '../../src/model/ontology';
import type { Paper } from '../../src/model/paper';
import type { SurveyList } from '../../src/model/survey-list';
import { SAME_WORK_SIMILARITY, titleSimilarity } from '../../src/model/title-similarity';
import type { Db } from '../../src/store/database';
import { findEntityId, upsertEntity } from '../../src/store/entity.store';
import { addPaperLinks } from '../../src/store/link.store';
import { upsertList } from '../../src/store/list.store';
import { bumpContentVersion } from '../../src/store/meta.store';
import type { PaperFields } from '../../src/store/paper.store';
import {
  findPaperByArxivId,
  findPaperByKey,
  insertPaper,
  updatePaper,
} from '../../src/store/paper.store';
import { addConflict, addProvenance } from '../../src/store/provenance.store';
import type { PaperChange } from '../../src/store/run.store';
import { addFindings, addPaperChange, finishRun, startRun } from '../../src/store/run.store';
import type { Placement } from '../../src/store/section.store';
import {
  deletePlacement,
  listPlacementsOfList,
  unlistSectionsExcept,
  upsertPlacement,
  upsertSection,
} from '../../src/store/section.store';

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
  const runId = startRun(db, {
    format: options.format,
    sources: options.sources,
    listId,
    startedAt: now().toISOString(),
  });
  const merged = mergeListEntries(list.entries);
  const sectionIds = writeSections(db, listId, list, options);
  const before = listPlacementsOfList(db, listId);
  const changes = new Map<number, PaperChange>();
  const placements: Placement[] = [];
  const total = merged.papers.length;
  merged.papers.forEach((listed, index) => {
    const { paperId, change } = writePaper(db, runId, listed);
    if (change) changes.set(paperId, change);
    for (const placement of listed.placements) {
      const sectionId = sectionIds.get(placement.sectionPath.join(' / '));
      if (sectionId !== undefined)
        placements.push({ paperId, sectionId, position: placement.source.line });
    }
    options.onProgress?.(index + 1, total);
  });
  for (const conflict of merged.conflicts) recordIdConflict(db, runId, conflict);
  const placementChanges = writePlacements(db, before, placements);
  for (const [paperId, change] of placementChanges)
    if (!changes.has(paperId)) changes.set(paperId, change);
  unlistSectionsExcept(db, listId, [...sectionIds.values()]);
  for (const [paperId, change] of changes) addPaperChange(db, { runId, paperId, change });
  const warnings = [...(options.parserFindings?.warnings ?? []), ...merged.findings];
  const skipped = options.parserFindings?.skipped ?? [];
  addFindings(db, runId, 'warning', warnings);
  addFindings(db, runId, 'skipped', skipped);
  const summary = summarise(
    runId,
    options.listName,
    total,
    changes,
    sectionIds.size,
    warnings,
    skipped,
    merged.conflicts,
  );
  finishRun(db, runId, now().toISOString(), {
    papers: summary.papers,
    sections: summary.sections,
    warnings: warnings.length,
    skipped: skipped.length,
  });
  if (summary.changed) bumpContentVersion(db);
  return summary;
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

function writePaper(
  db: Db,
  runId: number,
  listed: ListedPaper,
): { paperId: number; change?: PaperChange } {
  const existing =
    findPaperByKey(db, listed.key) ??
    (listed.arxivId ? findPaperByArxivId(db, listed.arxivId) : undefined);
  const fields = fieldsFromList(listed, existing);
  let change: PaperChange | undefined;
  let paperId: number;
  if (!existing) {
    paperId = insertPaper(db, fields, runId);
    change = 'added';
  } else {
    paperId = existing.id;
    if (!existing.title || titleSimilarity(existing.title, listed.title) < SAME_WORK_SIMILARITY) {
      addConflict(db, runId, {
        paperId,
        field: 'title',
        keptValue: existing.title,
        otherValue: listed.title,
        keptSource: null,
        otherSource: `${listed.placements[0]!.source.file}:${listed.placements[0]!.source.line}`,
      });
      fields.title = existing.title;
    }
    if (differs(existing, fields)) {
      updatePaper(db, paperId, fields, runId);
      change = 'updated';
    }
  }
  if (addPaperLinks(db, paperId, listed.links) > 0 && !change) change = 'updated';
  writeProvenance(db, runId, paperId, listed);
  return change ? { paperId, change } : { paperId };
}

/** What a list says about a paper; what it does not say (abstract, exact date) is kept. */
function fieldsFromList(listed: ListedPaper, existing: Paper | undefined): PaperFields {
  return {
    key: existing?.key ?? listed.key,
    arxivId: listed.arxivId ?? existing?.arxivId ?? null,
    doi: listed.doi ?? existing?.doi ?? null,
    title: listed.title,
    year: listed.year ?? existing?.year ?? null,
    month: listed.month ?? existing?.month ?? null,
    venue: listed.venue ?? existing?.venue ?? null,
    dateText: listed.dateText ?? existing?.dateText ?? null,
    published: existing?.published ?? null,
    kind: listed.kind,
    abstract: existing?.abstract ?? null,
  };
}

function differs(existing: Paper, fields: PaperFields): boolean {
  return (Object.keys(fields) as (keyof PaperFields)[]).some(
    (name) => existing[name] !== fields[name],
  );
}

function writeProvenance(db: Db, runId: number, paperId: number, listed: ListedPaper): void {
  for (const { sectionPath, source } of listed.placements) {
    const base = { runId, sourceFile: source.file, sourceLine: source.line };
    addProvenance(db, paperId, { ...base, fact: 'listed_in', value: sectionPath.join(' / ') });
    addProvenance(db, paperId, { ...base, fact: 'title', value: listed.title });
    if (listed.dateText)
      addProvenance(db, paperId, { ...base, fact: 'date', value: listed.dateText });
    for (const link of listed.links)
      addProvenance(db, paperId, { ...base, fact: `link:${link.kind}`, value: link.url });
  }
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

/** Moves the list's placements to `wanted`; returns papers whose placement changed. */
function writePlacements(
  db: Db,
  before: readonly Placement[],
  wanted: readonly Placement[],
): Map<number, PaperChange> {
  const pair = (p: Placement) => `${p.paperId}:${p.sectionId}`;
  const wantedPairs = new Set(wanted.map(pair));
  const papersBefore = new Set(before.map((p) => p.paperId));
  const papersAfter = new Set(wanted.map((p) => p.paperId));
  const changes = new Map<number, PaperChange>();
  for (const old of before.filter((p) => !wantedPairs.has(pair(p)))) {
    deletePlacement(db, old.paperId, old.sectionId);
    changes.set(old.paperId, papersAfter.has(old.paperId) ? 'updated' : 'removed');
  }
  const beforePairs = new Set(before.map(pair));
  for (const placement of wanted) {
    const moved = upsertPlacement(db, placement);
    if (!papersBefore.has(placement.paperId)) changes.set(placement.paperId, 'added');
    else if (moved && !beforePairs.has(pair(placement))) changes.set(placement.paperId, 'updated');
  }
  return changes;
}

function summarise(
  runId: number,
  listName: string,
  total: number,
  changes: Map<number, PaperChange>,
  sections: number,
  warnings: Finding[],
  skipped: Finding[],
  conflicts: IdConflict[],
): IngestSummary {
  const count = (kind: PaperChange) => [...changes.values()].filter((c) => c === kind).length;
  const added = count('added');
  const updated = count('updated');
  const removed = count('removed');
  return {
    runId,
    listName,
    sections,
    warnings,
    skipped,
    conflicts,
    papers: { added, updated, removed, unchanged: total - added - updated, total },
    changed: changes.size > 0,
  };
}
