import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EntityKind, OntologyEntity } from '../model/ontology';
import { ONTOLOGY_DIR } from './paths';

/** Which kind of concept each ontology file holds (entries may say `kind:` themselves). */
const KIND_OF_FILE: Record<string, EntityKind> = {
  'pillars.yaml': 'pillar',
  'paradigms.yaml': 'paradigm',
  'algorithms.yaml': 'algorithm',
  'rewards.yaml': 'reward',
  'benchmarks.yaml': 'benchmark',
  'evaluation-levels.yaml': 'evaluation-level',
};

/** Every curated concept in `db/ontology/*.yaml`. */
export function loadOntology(dir = ONTOLOGY_DIR): OntologyEntity[] {
  return readdirSync(dir)
    .filter((name) => KIND_OF_FILE[name] !== undefined)
    .sort()
    .flatMap((name) => {
      const entries = parse(readFileSync(join(dir, name), 'utf8')) as Partial<OntologyEntity>[];
      return entries.map(
        (e) =>
          ({
            aliases: [],
            description: '',
            ...e,
            kind: e.kind ?? KIND_OF_FILE[name]!,
          }) as OntologyEntity,
      );
    });
}

export function pillarsOf(ontology: readonly OntologyEntity[]): OntologyEntity[] {
  return ontology.filter((entity) => entity.kind === 'pillar' || entity.kind === 'group');
}
