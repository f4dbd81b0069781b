import type { CorpusEntityLink, CorpusManifest } from '../../ingest/corpus/corpus-format';
import { formatCorpus } from '../../ingest/corpus/format-corpus';
import { assignPillars, pillarForPath } from '../model/ontology/assign-pillars';
import type { Finding } from '../model/finding';
import type { PaperRecord } from '../model/paper/paper-record';
import type { SurveyList } from '../model/curation/survey-list';
import { deriveCorpusEntityLinks } from './derive-corpus-links';
import { loadOntology, pillarsOf } from './ontology-files';

export interface CorpusSource {
  manifest: CorpusManifest;
  list: SurveyList;
  skipped: Finding[];
  warnings: Finding[];
  /** Metadata records whose facts to keep (abstracts are dropped when formatted). */
  records: PaperRecord[];
}

/**
 * The files of a corpus folder, by name, for a list version and its metadata: sections placed
 * under the curated pillars, and the tagger's links found with the abstracts at hand.
 */
export function buildCorpusFiles(source: CorpusSource): {
  files: Map<string, string>;
  entityLinks: CorpusEntityLink[];
} {
  const ontology = loadOntology();
  const entityLinks = deriveCorpusEntityLinks(source.list, source.records, ontology);
  const assigned = assignPillars(source.list.sections, pillarsOf(ontology));
  const sectionPillars = new Map(
    source.list.sections.flatMap((s) => {
      const slug = pillarForPath(assigned, s.path);
      return slug ? [[s.path.join(' / '), slug] as const] : [];
    }),
  );
  const files = formatCorpus({ ...source, sectionPillars, entityLinks });
  return { files, entityLinks };
}
