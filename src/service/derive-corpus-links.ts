import type { CorpusEntityLink } from '../../ingest/corpus/corpus-format';
import { ingestSurveyList } from '../../ingest/pipeline/ingest-list';
import { ingestPaperRecords } from '../../ingest/pipeline/ingest-records';
import { linkPapersToOntology } from '../../ingest/pipeline/link-entities';
import type { OntologyEntity } from '../model/ontology/ontology';
import type { PaperRecord } from '../model/paper/paper-record';
import type { SurveyList } from '../model/curation/survey-list';
import { TAGGED_KINDS } from '../model/ontology/tag-entities';
import { openDatabase } from '../store/database';
import { listEntityLinksByPaperIds } from '../store/entity-link.store';
import { listAllPapers } from '../store/paper.store';
import { pillarsOf } from './ontology-files';

/**
 * The tagger's links for a corpus, found with the abstracts at hand (in a scratch in-memory
 * graph), kept where the evidence lies outside the title: a database built from the corpus alone
 * has titles but no abstracts, so these are the links it could not find by itself.
 */
export function deriveCorpusEntityLinks(
  list: SurveyList,
  records: readonly PaperRecord[],
  ontology: OntologyEntity[],
): CorpusEntityLink[] {
  const db = openDatabase(':memory:');
  try {
    ingestSurveyList(db, list, {
      listName: 'corpus',
      format: 'awesome',
      sources: [],
      pillars: pillarsOf(ontology),
    });
    ingestPaperRecords(db, records, { format: 'corpus', sources: [], createMissing: true });
    linkPapersToOntology(db, ontology, []);
    const papers = listAllPapers(db);
    const links = listEntityLinksByPaperIds(
      db,
      papers.map((p) => p.id),
      TAGGED_KINDS,
    );
    return papers.flatMap((paper, i) =>
      links[i]!.flatMap(({ kind, slug, relation, confidence, evidence, origin }) =>
        origin === 'tagger' && evidence && evidence.field !== 'title'
          ? [
              {
                paper: paper.key,
                kind: kind as CorpusEntityLink['kind'],
                slug,
                relation,
                confidence,
                evidence,
              },
            ]
          : [],
      ),
    );
  } finally {
    db.close();
  }
}
