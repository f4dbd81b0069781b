import type { EntityKind } from '../../model/ontology/ontology';
import { builder } from '../builder';

/** Kinds of ontology concept a paper can be counted by (list groups are not concepts). */
export type AnalysedKind = Exclude<EntityKind, 'group'>;

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'A kind of ontology concept that papers are placed under or linked to.',
  values: {
    PILLAR: { value: 'pillar', description: "The survey's pillars (through list sections)." },
    PARADIGM: { value: 'paradigm', description: 'Alignment paradigms: RLHF, DPO, RLVR …' },
    ALGORITHM: { value: 'algorithm', description: 'Policy-optimisation algorithms and variants.' },
    REWARD: { value: 'reward', description: 'Reward designs and reward models.' },
    BENCHMARK: { value: 'benchmark', description: 'Benchmarks, environments and datasets.' },
    EVALUATION_LEVEL: {
      value: 'evaluation-level',
      description: 'The survey’s evaluation levels: set, sample and state.',
    },
  } as const,
});
