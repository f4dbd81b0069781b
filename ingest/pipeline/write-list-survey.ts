import { dateOfPaper } from '../../src/model/paper/field-authority';
import { paperKey } from '../../src/model/paper/paper-key';
import type { ListSurvey } from '../../src/model/curation/survey-list';
import type { Db } from '../../src/store/database';
import { setListSurvey } from '../../src/store/list.store';
import { findPaperByArxivId, insertPaper } from '../../src/store/paper.store';
import { addProvenance } from '../../src/store/provenance.store';

/**
 * Records the survey a list accompanies: the paper with its arXiv id (created as a preprint,
 * dated by its id, when the graph does not hold it yet), linked from the list but placed in none
 * of its sections.
 */
export function writeListSurvey(
  db: Db,
  runId: number,
  listId: number,
  survey: ListSurvey,
  file: string,
): number {
  const existing = findPaperByArxivId(db, survey.arxivId);
  const { year, month } = dateOfPaper(survey.arxivId, null, null);
  const paperId =
    existing?.id ??
    insertPaper(
      db,
      {
        key: paperKey({ arxivId: survey.arxivId, title: survey.title, url: '' }),
        arxivId: survey.arxivId,
        doi: null,
        title: survey.title,
        year,
        month,
        venue: null,
        dateText: null,
        published: null,
        kind: 'preprint',
        abstract: null,
      },
      runId,
    );
  const base = { runId, sourceFile: file, sourceLine: survey.line };
  addProvenance(db, paperId, { ...base, fact: 'survey_of_list', value: survey.title });
  setListSurvey(db, listId, paperId);
  return paperId;
}
