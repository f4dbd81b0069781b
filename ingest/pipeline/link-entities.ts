import type { EntityLink } from '../../src/model/ontology/entity-mention';
import { entityRef, planEntityLinks, sameEntityLinks } from '../../src/model/ontology/entity-link';
import type { EntityLinkOverride } from '../../src/model/ontology/entity-link-overrides';
import type { EntityKind, OntologyEntity } from '../../src/model/ontology/ontology';
import type { Paper } from '../../src/model/paper/paper';
import { TAGGED_KINDS } from '../../src/model/ontology/tag-entities';
import type { Db } from '../../src/store/database';
import { listEntitiesByKinds, syncOntologyEntities } from '../../src/store/entity.store';
import {
  listEntityLinksByPaperIds,
  replaceEntityLinksOfPaper,
} from '../../src/store/entity-link.store';
import { listImportedLinksByPaperIds } from '../../src/store/imported-link.store';
import { bumpContentVersion } from '../../src/store/meta.store';
import {
  findPaperByArxivId,
  findPaperByKey,
  listAllPapers,
  listPapersByIds,
} from '../../src/store/paper.store';

export interface LinkSummary {
  /** Papers whose links were (re)computed. */
  papers: number;
  /** Of those, papers whose stored links changed; 0 when linking again changes nothing. */
  changedPapers: number;
  /** Ontology entities and variant relations written or dropped to match the ontology files. */
  changedEntities: number;
  /** Links per kind (and how many say `proposes`) over the linked papers, after linking. */
  links: Partial<Record<EntityKind, { links: number; proposes: number }>>;
  /** Overrides applied to a linked paper. */
  overridesApplied: number;
  /** Overrides whose paper is not in the graph (`2505.17016`, `title:…`). */
  unmatchedOverrides: string[];
}

/**
 * The linking step of an ingest, in one transaction: syncs the ontology into `entities`
 * (aliases, variant_of relations), then for each paper (the given ones, else all) runs the
 * tagger over title and abstract, applies the curated overrides (which always win) and
 * replaces the paper's tagger and override links with evidence and confidence. Idempotent: a
 * paper whose links would not change is not written, and the content version (which stamps the
 * saved search index) is bumped only when something changed.
 */
export function linkPapersToOntology(
  db: Db,
  ontology: OntologyEntity[],
  overrides: readonly EntityLinkOverride[],
  paperIds?: readonly number[],
): LinkSummary {
  return db.transaction(() => writeLinks(db, ontology, overrides, paperIds))();
}

function writeLinks(
  db: Db,
  ontology: OntologyEntity[],
  overrides: readonly EntityLinkOverride[],
  paperIds: readonly number[] | undefined,
): LinkSummary {
  const changedEntities = syncOntologyEntities(db, ontology, TAGGED_KINDS);
  const entityIds = new Map(listEntitiesByKinds(db, TAGGED_KINDS).map((e) => [entityRef(e), e.id]));
  const papers = paperIds
    ? listPapersByIds(db, paperIds).filter((paper): paper is Paper => paper !== undefined)
    : listAllPapers(db);
  const { byPaper, unmatched } = findOverriddenPapers(db, overrides);
  const ids = papers.map((paper) => paper.id);
  const stored = listEntityLinksByPaperIds(db, ids, TAGGED_KINDS);
  const imported = listImportedLinksByPaperIds(db, ids);
  const summary: LinkSummary = {
    papers: papers.length,
    changedPapers: 0,
    changedEntities,
    links: {},
    overridesApplied: 0,
    unmatchedOverrides: unmatched,
  };
  papers.forEach((paper, index) => {
    const override = byPaper.get(paper.id);
    if (override) summary.overridesApplied += 1;
    const input = { title: paper.title, abstract: paper.abstract ?? undefined };
    const links = planEntityLinks(input, ontology, override, imported[index]);
    for (const link of links) tally(summary, link);
    if (sameEntityLinks(links, stored[index] ?? [])) return;
    const resolved = links.flatMap((link) => {
      const entityId = entityIds.get(entityRef(link));
      return entityId === undefined ? [] : [{ ...link, entityId }];
    });
    replaceEntityLinksOfPaper(db, paper.id, resolved);
    summary.changedPapers += 1;
  });
  if (summary.changedPapers > 0 || changedEntities > 0) bumpContentVersion(db);
  return summary;
}

function findOverriddenPapers(
  db: Db,
  overrides: readonly EntityLinkOverride[],
): { byPaper: Map<number, EntityLinkOverride>; unmatched: string[] } {
  const byPaper = new Map<number, EntityLinkOverride>();
  const unmatched: string[] = [];
  for (const override of overrides) {
    const { paper: ref } = override;
    const paper =
      'arxivId' in ref ? findPaperByArxivId(db, ref.arxivId) : findPaperByKey(db, ref.key);
    if (paper) byPaper.set(paper.id, override);
    else unmatched.push(override.paperText);
  }
  return { byPaper, unmatched };
}

function tally(summary: LinkSummary, link: EntityLink): void {
  const counts = (summary.links[link.kind] ??= { links: 0, proposes: 0 });
  counts.links += 1;
  if (link.relation === 'proposes') counts.proposes += 1;
}
