import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyOverrides } from '../../../src/model/ontology/apply-overrides';
import type { EntityLink } from '../../../src/model/ontology/entity-mention';
import { planEntityLinks, sameEntityLinks } from '../../../src/model/ontology/entity-link';
import type { EntityLinkOverride } from '../../../src/model/ontology/entity-link-overrides';
import { parseEntityLinkOverrides } from '../../../src/model/ontology/entity-link-overrides';
import { OntologyError } from '../../../src/model/ontology/ontology';
import {
  ENTITY_LINK_OVERRIDES_FILE,
  loadEntityLinkOverrides,
} from '../../../src/service/override-files';
import { loadOntology } from '../../../src/service/ontology-files';
import { fixtureOntology } from '../tag-fixtures';

const parse = (text: string) => parseEntityLinkOverrides(text, 'overrides.yaml', fixtureOntology);

function problemsOf(text: string): string[] {
  try {
    parse(text);
  } catch (error) {
    if (error instanceof OntologyError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseEntityLinkOverrides', () => {
  it('reads papers by arXiv id or key, entities as kind/slug, and relation defaults', () => {
    const overrides = parse(`
- paper: 'arXiv:2505.05470v2'
  reason: Flow-GRPO proposes it.
  add: [algorithm/flow-grpo, { entity: benchmark/dpg-bench, relation: proposes }]
  remove: [{ entity: algorithm/grpo, relation: uses }, paradigm/dpo]
- paper: 'title:a blog post'
  reason: Background only.
  remove: [reward/reward-model]
`);
    expect(overrides[0]).toMatchObject({
      paper: { arxivId: '2505.05470' },
      add: [
        { kind: 'algorithm', slug: 'flow-grpo', relation: 'uses' },
        { kind: 'benchmark', slug: 'dpg-bench', relation: 'proposes' },
      ],
      remove: [
        { kind: 'algorithm', slug: 'grpo', relation: 'uses' },
        { kind: 'paradigm', slug: 'dpo', relation: undefined },
      ],
    });
    expect(overrides[1]!.paper).toEqual({ key: 'title:a blog post' });
  });

  it('lists every problem: unknown entities and kinds, unquoted ids, repeats, contradictions', () => {
    const problems = problemsOf(`
- paper: 2505.05470
  reason: unquoted id
  add: [algorithm/flow-grpo]
- paper: '2505.07818'
  reason: unknown things
  add: [algorithm/no-such-thing, pillar/visual-generation]
- paper: '2505.07818'
  reason: again, and contradicting itself
  add: [algorithm/grpo]
  remove: [algorithm/grpo]
- paper: '2506.00001'
  reason: nothing to do
- paper: '2506.00002'
  add: [algorithm/grpo]
  typo: true
`);
    expect(problems).toEqual([
      expect.stringMatching(/entry 1: paper: must be a string \(quote arXiv ids/),
      expect.stringMatching(/entry 2 \(2505.07818\): algorithm\/no-such-thing: no such algorithm/),
      expect.stringMatching(
        /entry 2 \(2505.07818\): pillar\/visual-generation: kind must be one of/,
      ),
      expect.stringMatching(/entry 3 \(2505.07818\): the paper has an entry already/),
      expect.stringMatching(/entry 3 .*algorithm\/grpo is both added and removed/),
      expect.stringMatching(/entry 4 .*adds and removes nothing/),
      expect.stringMatching(/entry 5 .*reason/),
      expect.stringMatching(/entry 5 .*typo/),
    ]);
  });

  it('accepts the curated overrides file against the curated ontology', () => {
    const overrides = loadEntityLinkOverrides(loadOntology());
    expect(overrides.length).toBeGreaterThan(0);
    expect(readFileSync(ENTITY_LINK_OVERRIDES_FILE, 'utf8')).toMatch(/^# /);
    for (const override of overrides) expect(override.reason.length).toBeGreaterThan(20);
  });
});

const tagged = (slug: string, relation: EntityLink['relation'] = 'uses'): EntityLink => ({
  kind: 'algorithm',
  slug,
  relation,
  confidence: 0.9,
  origin: 'tagger',
  evidence: {
    field: 'abstract',
    matchedText: slug.toUpperCase(),
    start: 3,
    end: 7,
    rule: 'exact-alias',
  },
  note: null,
});

const override = (fields: Partial<EntityLinkOverride>): EntityLinkOverride => ({
  paper: { arxivId: '2505.05470' },
  paperText: '2505.05470',
  reason: 'fixture reason',
  add: [],
  remove: [],
  ...fields,
});

describe('applyOverrides', () => {
  it('removes a link of any relation, or only of the relation given', () => {
    const links = [tagged('grpo'), tagged('ppo', 'proposes')];
    const anyRelation = override({ remove: [{ kind: 'algorithm', slug: 'grpo' }] });
    expect(applyOverrides(links, anyRelation).map((l) => l.slug)).toEqual(['ppo']);
    const usesOnly = override({ remove: [{ kind: 'algorithm', slug: 'ppo', relation: 'uses' }] });
    expect(applyOverrides(links, usesOnly).map((l) => l.slug)).toEqual(['grpo', 'ppo']);
  });

  it('replaces what the tagger said about an added entity, keeping its evidence', () => {
    const links = [tagged('flow-grpo')];
    const result = applyOverrides(
      links,
      override({ add: [{ kind: 'algorithm', slug: 'flow-grpo', relation: 'proposes' }] }),
    );
    expect(result).toEqual([
      {
        ...links[0],
        relation: 'proposes',
        confidence: 1,
        origin: 'override',
        note: 'fixture reason',
      },
    ]);
  });

  it('adds a link the tagger missed, with no evidence', () => {
    const result = applyOverrides(
      [],
      override({ add: [{ kind: 'algorithm', slug: 'dpo', relation: 'uses' }] }),
    );
    expect(result).toEqual([
      {
        kind: 'algorithm',
        slug: 'dpo',
        relation: 'uses',
        confidence: 1,
        origin: 'override',
        evidence: null,
        note: 'fixture reason',
      },
    ]);
  });
});

describe('planEntityLinks', () => {
  it('gives the same links in the same order however often it runs', () => {
    const input = {
      title: 'TempFlow-GRPO: timing matters for GRPO',
      abstract: 'We beat DPO on DPG-Bench.',
    };
    const first = planEntityLinks(input, fixtureOntology);
    const second = planEntityLinks(input, fixtureOntology);
    expect(second).toEqual(first);
    expect(sameEntityLinks([...first].reverse(), second)).toBe(true);
    expect(first.map((l) => `${l.kind}/${l.slug}`)).toEqual(
      expect.arrayContaining(['algorithm/tempflow-grpo', 'algorithm/grpo', 'benchmark/dpg-bench']),
    );
  });

  it('lets the override win over the tagger', () => {
    const input = { title: 'DanceGRPO: Unleashing GRPO on Visual Generation' };
    const links = planEntityLinks(
      input,
      fixtureOntology,
      override({ remove: [{ kind: 'algorithm', slug: 'grpo' }] }),
    );
    expect(links.map((l) => l.slug)).toEqual(['dance-grpo']);
    expect(sameEntityLinks(links, planEntityLinks(input, fixtureOntology))).toBe(false);
  });
});
