import type { OntologyEntity } from '../../src/model/ontology/ontology';
import type { CorpusOptions } from './generate-corpus';

/** The names synthetic papers mention, so the tagger finds links as on real text. */
export function conceptNames(ontology: readonly OntologyEntity[]): CorpusOptions['concepts'] {
  const names = (kind: OntologyEntity['kind']) =>
    ontology.filter((entity) => entity.kind === kind).map((entity) => entity.name);
  return {
    algorithms: names('algorithm'),
    rewards: names('reward'),
    benchmarks: names('benchmark'),
  };
}
