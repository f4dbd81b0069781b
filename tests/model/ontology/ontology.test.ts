import { describe, expect, it } from 'vitest';
import type { OntologyEntity } from '../../../src/model/ontology/ontology';
import { parseAbbreviationsYaml } from '../../../src/model/ontology/abbreviations';
import { OntologyError } from '../../../src/model/ontology/ontology';
import { parseOntologyYaml } from '../../../src/model/ontology/parse-ontology-yaml';
import { parseSynonymsYaml } from '../../../src/model/ontology/synonyms';
import {
  listVariantAncestors,
  validateOntology,
} from '../../../src/model/ontology/validate-ontology';

const algorithm = (slug: string, variantOf?: string, aliases: string[] = []): OntologyEntity => ({
  kind: 'algorithm',
  slug,
  name: slug.toUpperCase(),
  aliases,
  description: 'fixture',
  variantOf,
});

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof OntologyError) return error.problems;
    throw error;
  }
  throw new Error('expected an OntologyError');
}

describe('parseOntologyYaml', () => {
  it('reads a list of entries with the file kind and default aliases', () => {
    const text = [
      '- slug: grpo',
      '  name: Group relative policy optimization',
      '  aliases: [GRPO]',
      '  variantOf: ppo',
      '  description: Group-normalised advantages, no value model.',
      '- slug: ppo',
      '  name: PPO',
      '  description: Clipped policy updates.',
    ].join('\n');
    expect(parseOntologyYaml(text, 'algorithms.yaml', 'algorithm')).toEqual([
      {
        kind: 'algorithm',
        slug: 'grpo',
        name: 'Group relative policy optimization',
        aliases: ['GRPO'],
        variantOf: 'ppo',
        description: 'Group-normalised advantages, no value model.',
      },
      {
        kind: 'algorithm',
        slug: 'ppo',
        name: 'PPO',
        aliases: [],
        description: 'Clipped policy updates.',
      },
    ]);
  });

  it('lets group entries sit in the pillars file', () => {
    const text = [
      '- slug: others',
      '  kind: group',
      '  name: Others',
      '  description: The rest.',
      '  sectionPatterns: [others]',
    ].join('\n');
    expect(parseOntologyYaml(text, 'pillars.yaml', 'pillar')[0]?.kind).toBe('group');
  });

  it('reads an empty file as no entities', () => {
    expect(parseOntologyYaml('# nothing yet\n', 'rewards.yaml', 'reward')).toEqual([]);
  });

  it('names the file and the entry in every problem', () => {
    const text = [
      '- slug: Flow_GRPO',
      '  name: Flow-GRPO',
      '  description: ok',
      '- slug: dpo',
      '  name: DPO',
      '  descripton: typo in the key',
    ].join('\n');
    const error = (() => {
      try {
        parseOntologyYaml(text, 'db/ontology/algorithms.yaml', 'algorithm');
      } catch (caught) {
        return caught as OntologyError;
      }
      throw new Error('expected an OntologyError');
    })();
    expect(error.message).toContain('db/ontology/algorithms.yaml');
    expect(error.problems).toEqual([
      'entry 1 (Flow_GRPO): slug: must be kebab-case (a-z, 0-9, -)',
      'entry 2 (dpo): description: is required',
      'entry 2 (dpo): unknown field "descripton"',
    ]);
  });

  it('rejects a description over several lines', () => {
    const text = '- slug: ppo\n  name: PPO\n  description: "one\\ntwo"\n';
    expect(problemsOf(() => parseOntologyYaml(text, 'a.yaml', 'algorithm'))).toEqual([
      'entry 1 (ppo): description: must be one line',
    ]);
  });

  it('rejects fields that the kind does not use', () => {
    const text = '- slug: hps\n  name: HPS\n  description: x\n  variantOf: pickscore\n';
    expect(problemsOf(() => parseOntologyYaml(text, 'rewards.yaml', 'reward'))).toEqual([
      'entry 1 (hps): variantOf is not used for kind reward',
    ]);
  });

  it('rejects an entry of a kind that does not belong in the file', () => {
    const text = '- slug: ppo\n  kind: algorithm\n  name: PPO\n  description: x\n';
    expect(problemsOf(() => parseOntologyYaml(text, 'rewards.yaml', 'reward'))).toEqual([
      'entry 1 (ppo): kind algorithm does not belong in a reward file',
    ]);
  });

  it('rejects section patterns that are not lower case', () => {
    const text = '- slug: vla\n  name: VLA\n  description: x\n  sectionPatterns: [GUI]\n';
    expect(problemsOf(() => parseOntologyYaml(text, 'pillars.yaml', 'pillar'))).toEqual([
      'entry 1 (vla): sectionPatterns.0: must be lowercase',
    ]);
  });

  it('fails on a file that is not a YAML list', () => {
    expect(problemsOf(() => parseOntologyYaml('slug: ppo\n', 'a.yaml', 'algorithm'))).toEqual([
      'expected a list of entries',
    ]);
    expect(problemsOf(() => parseOntologyYaml('- [unclosed\n', 'a.yaml', 'algorithm'))[0]).toMatch(
      /^not valid YAML/,
    );
  });
});

describe('validateOntology', () => {
  it('accepts a consistent ontology', () => {
    expect(validateOntology([algorithm('ppo'), algorithm('grpo', 'ppo')])).toEqual([]);
  });

  it('reports a slug used twice in one kind, but not across kinds', () => {
    const reward: OntologyEntity = { ...algorithm('dpo'), kind: 'paradigm' };
    expect(validateOntology([algorithm('dpo'), reward])).toEqual([]);
    expect(
      validateOntology([algorithm('ppo'), { ...algorithm('ppo'), name: 'Other' }]),
    ).toContainEqual({
      where: 'algorithm/ppo',
      reason: 'slug is used twice in this kind',
    });
  });

  it('reports an alias claimed by two entities of one kind', () => {
    const problems = validateOntology([
      algorithm('a', undefined, ['Flow GRPO']),
      algorithm('b', undefined, ['flow-grpo']),
    ]);
    expect(problems).toEqual([
      { where: 'algorithm/b', reason: '"flow grpo" is also claimed by algorithm/a' },
    ]);
  });

  it('reports a variantOf that points nowhere', () => {
    expect(validateOntology([algorithm('grpo', 'ppo')])).toEqual([
      { where: 'algorithm/grpo', reason: 'variantOf "ppo" is not a known algorithm' },
    ]);
  });

  it('reports a cycle in the variant tree once per member', () => {
    const problems = validateOntology([
      algorithm('a', 'b'),
      algorithm('b', 'c'),
      algorithm('c', 'a'),
    ]);
    expect(problems.map((p) => p.reason)).toEqual([
      'variantOf cycle: a → b → c → a',
      'variantOf cycle: b → c → a → b',
      'variantOf cycle: c → a → b → c',
    ]);
  });

  it('reports an entity that is a variant of itself', () => {
    expect(validateOntology([algorithm('a', 'a')])).toEqual([
      { where: 'algorithm/a', reason: 'is a variant of itself' },
    ]);
  });

  it('reports pillar, paradigm, reward and evaluation-level references that do not exist', () => {
    const benchmark: OntologyEntity = {
      kind: 'benchmark',
      slug: 'geneval',
      name: 'GenEval',
      aliases: [],
      description: 'x',
      pillars: ['visual-generation'],
      evaluationLevel: 'set-level-fidelity',
    };
    const paradigm: OntologyEntity = {
      ...algorithm('rlvr'),
      kind: 'paradigm',
      rewards: ['verifiable-reward'],
    };
    const dpo: OntologyEntity = { ...algorithm('dpo'), paradigms: ['dpo'] };
    expect(validateOntology([benchmark, paradigm, dpo]).map((p) => p.reason)).toEqual([
      'pillars "visual-generation" is not a known pillar',
      'evaluationLevel "set-level-fidelity" is not a known evaluation-level',
      'rewards "verifiable-reward" is not a known reward',
      'paradigms "dpo" is not a known paradigm',
    ]);
  });
});

describe('listVariantAncestors', () => {
  it('walks up the family tree nearest first and stops at a cycle', () => {
    const ontology = [algorithm('ppo'), algorithm('grpo', 'ppo'), algorithm('flow-grpo', 'grpo')];
    expect(listVariantAncestors(ontology[2]!, ontology).map((a) => a.slug)).toEqual([
      'grpo',
      'ppo',
    ]);
    const cyclic = [algorithm('a', 'b'), algorithm('b', 'a')];
    expect(listVariantAncestors(cyclic[0]!, cyclic).map((a) => a.slug)).toEqual(['b']);
  });
});

describe('parseAbbreviationsYaml', () => {
  it('reads abbreviations with their expansions and category', () => {
    const text =
      '- abbreviation: T2I\n  expansions: [text-to-image]\n  category: task\n- abbreviation: CoT\n  expansions: [chain-of-thought]\n';
    expect(parseAbbreviationsYaml(text, 'abbreviations.yaml')).toEqual([
      { abbreviation: 'T2I', expansions: ['text-to-image'], category: 'task' },
      { abbreviation: 'CoT', expansions: ['chain-of-thought'], category: 'other' },
    ]);
  });

  it('reports a repeated abbreviation and one without expansions', () => {
    const text =
      '- abbreviation: VQA\n  expansions: [visual question answering]\n- abbreviation: VQA\n  expansions: []\n';
    expect(problemsOf(() => parseAbbreviationsYaml(text, 'abbreviations.yaml'))).toEqual([
      'entry 2 (VQA): expansions: Too small: expected array to have >=1 items',
    ]);
    const twice =
      '- abbreviation: VQA\n  expansions: [a]\n- abbreviation: VQA\n  expansions: [b]\n';
    expect(problemsOf(() => parseAbbreviationsYaml(twice, 'abbreviations.yaml'))).toEqual([
      'entry 2 (VQA): abbreviation is listed twice',
    ]);
  });
});

describe('parseSynonymsYaml', () => {
  it('reads sets of spellings with the reason they are one idea', () => {
    const text =
      '- spellings: [personalized, customized]\n  why: two names of one task\n- spellings: [math, mathematics]\n  why: >-\n    a short form\n    the stemmer misses\n';
    expect(parseSynonymsYaml(text, 'synonyms.yaml')).toEqual([
      { spellings: ['personalized', 'customized'], why: 'two names of one task' },
      { spellings: ['math', 'mathematics'], why: 'a short form the stemmer misses' },
    ]);
  });

  it('reports a set of one spelling, a missing reason and a spelling in two sets', () => {
    const text =
      '- spellings: [video reasoning]\n  why: alone\n- spellings: [math, maths]\n  why: short\n- spellings: [Math, mathematics]\n  why: again\n- spellings: [critic, judge]\n';
    expect(problemsOf(() => parseSynonymsYaml(text, 'synonyms.yaml'))).toEqual([
      'entry 1 (video reasoning): spellings: Too small: expected array to have >=2 items',
      'entry 3 (Math): "Math" is already listed in entry 2',
      'entry 4 (critic): why: is required',
    ]);
  });
});
