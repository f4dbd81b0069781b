import type { OntologyEntity } from './ontology';
import { listVariantAncestors } from './validate-ontology';
import type { EntityMention } from './entity-mention';

/** Post-processing of the tagger's raw mentions: one per entity, then what they imply. */

const FIELD_ORDER = (field: string) => (field === 'title' ? 0 : field === 'abstract' ? 1 : 2);

function isStronger(a: EntityMention, b: EntityMention): boolean {
  if (a.relation !== b.relation) return a.relation === 'proposes';
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  const byField = FIELD_ORDER(a.evidence.field) - FIELD_ORDER(b.evidence.field);
  return byField !== 0 ? byField < 0 : a.evidence.start < b.evidence.start;
}

/** One mention per entity: the strongest occurrence, a little surer for each repetition. */
export function mergeByEntity(mentions: EntityMention[]): EntityMention[] {
  const best = new Map<string, { mention: EntityMention; count: number }>();
  for (const mention of mentions) {
    const key = `${mention.kind}/${mention.slug}`;
    const entry = best.get(key);
    const strongest = !entry || isStronger(mention, entry.mention) ? mention : entry.mention;
    best.set(key, { mention: strongest, count: (entry?.count ?? 0) + 1 });
  }
  return [...best.values()].map(({ mention, count }) => ({
    ...mention,
    confidence: round(Math.min(0.99, mention.confidence + 0.02 * (count - 1))),
  }));
}

/**
 * Adds what the ontology says always comes along: the paradigms of a tagged algorithm family
 * (Diffusion-DPO → DPO), then the rewards of a tagged paradigm (RLVR → verifiable reward).
 * Implied mentions are `uses`, less certain than their source, and cite its evidence.
 */
export function addImpliedMentions(
  mentions: EntityMention[],
  ontology: OntologyEntity[],
): EntityMention[] {
  const find = (kind: string, slug: string) =>
    ontology.find((entity) => entity.kind === kind && entity.slug === slug);
  const withParadigms = [
    ...mentions,
    ...imply(mentions, 'algorithm', 'paradigm', (mention) => {
      const entity = find('algorithm', mention.slug);
      if (!entity) return [];
      return [entity, ...listVariantAncestors(entity, ontology)].flatMap((e) => e.paradigms ?? []);
    }),
  ];
  return [
    ...withParadigms,
    ...imply(withParadigms, 'paradigm', 'reward', (m) => find('paradigm', m.slug)?.rewards ?? []),
  ];
}

function imply(
  mentions: EntityMention[],
  from: 'algorithm' | 'paradigm',
  to: 'paradigm' | 'reward',
  targetsOf: (mention: EntityMention) => string[],
): EntityMention[] {
  const present = new Set(mentions.filter((m) => m.kind === to).map((m) => m.slug));
  const implied: EntityMention[] = [];
  for (const mention of mentions.filter((m) => m.kind === from)) {
    for (const slug of targetsOf(mention)) {
      if (present.has(slug)) continue;
      present.add(slug);
      implied.push({
        kind: to,
        slug,
        relation: 'uses',
        confidence: round(Math.min(mention.confidence, from === 'algorithm' ? 0.6 : 0.8)),
        evidence: { ...mention.evidence, rule: `implied-by-${from}` },
      });
    }
  }
  return implied;
}

const round = (value: number) => Math.round(value * 100) / 100;
