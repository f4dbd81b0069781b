import type { EntityKind, OntologyEntity } from '../../src/model/ontology/ontology';

/** A small hand-made ontology so the tagger's rules are tested apart from the curated files. */
function entity(
  kind: EntityKind,
  slug: string,
  name: string,
  aliases: string[] = [],
  extra: Partial<OntologyEntity> = {},
): OntologyEntity {
  return { kind, slug, name, aliases, description: `${name} (fixture)`, ...extra };
}

export const fixtureOntology: OntologyEntity[] = [
  entity('pillar', 'visual-generation', 'Visual Generation', ['visual generation'], {
    sectionPatterns: ['generation'],
  }),
  entity('paradigm', 'dpo', 'Direct preference optimisation', ['DPO', 'preference optimization']),
  entity('paradigm', 'rlvr', 'RLVR', ['verifiable reward'], { rewards: ['verifiable-reward'] }),
  entity('algorithm', 'policy-gradient', 'Policy gradient'),
  entity('algorithm', 'ppo', 'Proximal policy optimization', ['PPO'], {
    variantOf: 'policy-gradient',
  }),
  entity('algorithm', 'grpo', 'Group relative policy optimization', ['GRPO'], { variantOf: 'ppo' }),
  entity('algorithm', 'flow-grpo', 'Flow-GRPO', [], { variantOf: 'grpo' }),
  entity('algorithm', 'tempflow-grpo', 'TempFlow-GRPO', [], { variantOf: 'flow-grpo' }),
  entity('algorithm', 'dance-grpo', 'DanceGRPO', [], { variantOf: 'grpo' }),
  entity('algorithm', 'lpo', 'Location preference optimization', ['LPO'], { variantOf: 'grpo' }),
  entity('algorithm', 'dpo', 'Direct preference optimization', ['DPO'], { paradigms: ['dpo'] }),
  entity('algorithm', 'diffusion-dpo', 'Diffusion-DPO', [], { variantOf: 'dpo' }),
  entity('algorithm', 'remax', 'ReMax', ['remax-lower'], { variantOf: 'policy-gradient' }),
  entity('algorithm', 'kto', 'KTO', [], { matchCase: 'insensitive' }),
  entity('reward', 'reward-model', 'Reward model', ['RM']),
  entity('reward', 'verifiable-reward', 'Verifiable reward', ['rule-based reward']),
  entity('benchmark', 'dpg-bench', 'DPG-Bench', ['DPG'], { task: 'text-to-image' }),
  entity('benchmark', 'habitat', 'Habitat', [], {
    matchCase: 'sensitive',
    task: 'embodied simulation',
  }),
  entity('benchmark', 't2i-compbench', 'T2I-CompBench', [], { task: 'text-to-image' }),
];
