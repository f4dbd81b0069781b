import type { Finding } from '../types';
import type { CorpusEntityLink } from '../corpus/corpus-format';
import type { EntityLink } from '../../src/model/ontology/entity-mention';
import type { TagRule } from '../../src/model/ontology/entity-mention';
import type { Db } from '../../src/store/database';
import { replaceImportedLinks } from '../../src/store/imported-link.store';
import { findPaperByKey } from '../../src/store/paper.store';

/**
 * Stores a corpus's entity links as imported facts, replacing what the same corpus imported
 * before; the linker merges them with the tagger's findings. Links to papers the graph lacks
 * are reported, not stored.
 */
export function importEntityLinks(
  db: Db,
  links: readonly CorpusEntityLink[],
  source: string,
): Finding[] {
  const byPaper = new Map<string, EntityLink[]>();
  for (const { paper, evidence, ...link } of links) {
    const list = byPaper.get(paper) ?? [];
    list.push({
      ...link,
      origin: 'corpus',
      note: null,
      evidence: { ...evidence, rule: evidence.rule as TagRule },
    });
    byPaper.set(paper, list);
  }
  const missing: Finding[] = [];
  for (const [key, paperLinks] of byPaper) {
    const paper = findPaperByKey(db, key);
    if (paper) replaceImportedLinks(db, paper.id, source, paperLinks);
    else
      missing.push({
        where: source,
        code: 'unknown-paper',
        reason: `entity links name paper ${key}, which the graph lacks`,
      });
  }
  return missing;
}
