import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Abbreviation } from '../model/ontology/abbreviations';
import { parseAbbreviationsYaml } from '../model/ontology/abbreviations';
import type { EntityKind, OntologyEntity } from '../model/ontology/ontology';
import { OntologyError } from '../model/ontology/ontology';
import { parseOntologyYaml } from '../model/ontology/parse-ontology-yaml';
import type { SearchVocabulary, SynonymSet } from '../model/ontology/synonyms';
import { parseSynonymsYaml } from '../model/ontology/synonyms';
import { validateOntology } from '../model/ontology/validate-ontology';
import { parseWithCache } from './parsed-file-cache';
import { ONTOLOGY_DIR } from './project-paths';

/** Which kind of concept each ontology file holds (pillars.yaml entries may say `kind: group`). */
export const ONTOLOGY_FILES: [file: string, kind: EntityKind][] = [
  ['pillars.yaml', 'pillar'],
  ['paradigms.yaml', 'paradigm'],
  ['algorithms.yaml', 'algorithm'],
  ['rewards.yaml', 'reward'],
  ['benchmarks.yaml', 'benchmark'],
  ['evaluation-levels.yaml', 'evaluation-level'],
];

const ABBREVIATIONS_FILE = 'abbreviations.yaml';
const SYNONYMS_FILE = 'synonyms.yaml';

/** Every curated concept in `db/ontology/*.yaml`, validated as a whole (slugs, variantOf, pillars). */
export function loadOntology(dir = ONTOLOGY_DIR): OntologyEntity[] {
  const files = ONTOLOGY_FILES.map(([file]) => join(dir, file));
  return parseWithCache('ontology', files, () => parseOntology(dir));
}

function parseOntology(dir: string): OntologyEntity[] {
  const entities = ONTOLOGY_FILES.flatMap(([file, kind]) =>
    parseOntologyYaml(readFileSync(join(dir, file), 'utf8'), join(dir, file), kind),
  );
  const problems = validateOntology(entities);
  if (problems.length > 0) {
    throw new OntologyError(
      dir,
      problems.map((p) => `${p.where}: ${p.reason}`),
    );
  }
  return entities;
}

/** Abbreviation ↔ spelled-out pairs for tasks, modalities and methods (query expansion). */
export function loadAbbreviations(dir = ONTOLOGY_DIR): Abbreviation[] {
  const file = join(dir, ABBREVIATIONS_FILE);
  return parseWithCache('abbreviations', [file], () =>
    parseAbbreviationsYaml(readFileSync(file, 'utf8'), file),
  );
}

/** Words and phrases the field uses for the same idea (query expansion only). */
export function loadSynonyms(dir = ONTOLOGY_DIR): SynonymSet[] {
  const file = join(dir, SYNONYMS_FILE);
  return parseWithCache('synonyms', [file], () =>
    parseSynonymsYaml(readFileSync(file, 'utf8'), file),
  );
}

/** The files `loadSearchVocabulary` reads. */
export function searchVocabularyFiles(dir = ONTOLOGY_DIR): string[] {
  return [...ONTOLOGY_FILES.map(([file]) => file), ABBREVIATIONS_FILE, SYNONYMS_FILE].map((file) =>
    join(dir, file),
  );
}

/** The curated vocabulary search expands queries with (see `buildSynonymTable`). */
export function loadSearchVocabulary(dir = ONTOLOGY_DIR): SearchVocabulary {
  return {
    ontology: loadOntology(dir),
    abbreviations: loadAbbreviations(dir),
    synonyms: loadSynonyms(dir),
  };
}

export function pillarsOf(ontology: readonly OntologyEntity[]): OntologyEntity[] {
  return ontology.filter((entity) => entity.kind === 'pillar' || entity.kind === 'group');
}
