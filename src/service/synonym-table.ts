import type { SynonymTable } from '../search/expand-query';
import { buildSynonymGroups, indexSynonymGroups } from '../search/expand-query';
import { SEARCH_SCHEMA_VERSION } from '../search/paper-index';
import { loadSearchVocabulary, searchVocabularyFiles } from './ontology-files';
import { parseWithCache } from './parsed-file-cache';
import { ONTOLOGY_DIR } from './project-paths';

/**
 * The other spellings search looks for (see `buildSynonymTable`), read from a JSON copy while
 * the vocabulary files and the term processing are the same: stemming every spelling took a
 * tenth of a `surveygraph search` command.
 */
export function loadSynonymTable(dir = ONTOLOGY_DIR): SynonymTable {
  const groups = parseWithCache(
    `synonym-groups-${SEARCH_SCHEMA_VERSION}`,
    searchVocabularyFiles(dir),
    () => buildSynonymGroups(loadSearchVocabulary(dir)),
  );
  return indexSynonymGroups(groups);
}
