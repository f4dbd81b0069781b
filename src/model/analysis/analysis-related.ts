import type { EntityKind } from '../ontology/ontology';

/**
 * Something two papers can have in common: a linked concept, an algorithm family (both use a
 * variant of it, e.g. TempFlow-GRPO and MixGRPO are both Flow-GRPO), a list section, or similar
 * wording of their titles and abstracts (`text`).
 */
export interface PaperFeature {
  type: 'entity' | 'family' | 'section' | 'text';
  id: number;
  /** For concepts and families: the entity's kind. */
  kind: EntityKind | null;
  /** Entity slug or section id. */
  key: string;
  /** Entity name or section path. */
  label: string;
}

export interface FeatureOccurrence {
  feature: PaperFeature;
  paperId: number;
  /** How sure the link is (1 for sections). */
  confidence: number;
}

export interface SharedFeature {
  feature: PaperFeature;
  /** Its contribution to the score: rarer features and surer links weigh more. */
  weight: number;
  /** How many papers in the graph have it. */
  paperCount: number;
}

export interface RelatedPaper {
  paperId: number;
  score: number;
  /** Heaviest first. */
  shared: SharedFeature[];
}

const featureKey = (feature: PaperFeature) => `${feature.type}:${feature.id}`;

/** What similar wording adds: cosine × this, so 0.3 alike weighs about as much as a rare concept. */
export const TEXT_SIMILARITY_WEIGHT = 10;
const TEXT_FEATURE: PaperFeature = {
  type: 'text',
  id: 0,
  kind: null,
  key: 'text',
  label: 'similar wording',
};

/** Adds each paper's text similarity (cosine) as a shared feature; papers sharing nothing else join. */
function addTextSimilarity(
  related: Map<number, RelatedPaper>,
  similarity: ReadonlyMap<number, number>,
  candidates: ReadonlySet<number> | undefined,
): void {
  for (const [other, cosine] of similarity) {
    if (candidates && !candidates.has(other)) continue;
    const weight = cosine * TEXT_SIMILARITY_WEIGHT;
    const entry = related.get(other) ?? { paperId: other, score: 0, shared: [] };
    entry.score += weight;
    entry.shared.push({ feature: TEXT_FEATURE, weight, paperCount: 0 });
    related.set(other, entry);
  }
}

/**
 * Papers ranked by what they share with `paperId`: each shared feature adds its inverse
 * document frequency ln((N + 1) / df), times the weaker of the two links' confidence, so a
 * concept few papers use (TempFlow-GRPO, the Flow-GRPO family) counts far more than one most
 * papers use (GRPO). A family is counted only when the two do not share the concept itself.
 */
export function rankRelatedPapers(
  paperId: number,
  occurrences: readonly FeatureOccurrence[],
  paperCount: number,
  options: {
    candidates?: ReadonlySet<number> | undefined;
    first: number;
    /** Cosine similarity of wording to other papers (absent: not used). */
    textSimilarity?: ReadonlyMap<number, number> | undefined;
  },
): RelatedPaper[] {
  const frequency = new Map<string, Set<number>>();
  const own = new Map<string, number>();
  for (const { feature, paperId: holder, confidence } of occurrences) {
    const key = featureKey(feature);
    frequency.set(key, (frequency.get(key) ?? new Set()).add(holder));
    if (holder === paperId) own.set(key, confidence);
  }
  const related = new Map<number, RelatedPaper>();
  for (const { feature, paperId: other, confidence } of occurrences) {
    if (other === paperId || (options.candidates && !options.candidates.has(other))) continue;
    const key = featureKey(feature);
    const ownConfidence = own.get(key);
    if (ownConfidence === undefined) continue;
    const df = frequency.get(key)!.size;
    const weight = Math.log((paperCount + 1) / df) * Math.min(ownConfidence, confidence);
    const entry = related.get(other) ?? { paperId: other, score: 0, shared: [] };
    entry.score += weight;
    entry.shared.push({ feature, weight, paperCount: df });
    related.set(other, entry);
  }
  for (const entry of related.values()) dropFamiliesSharedExactly(entry);
  if (options.textSimilarity) {
    addTextSimilarity(related, options.textSimilarity, options.candidates);
  }
  const ranked = [...related.values()].sort(
    (a, b) => b.score - a.score || b.shared.length - a.shared.length || a.paperId - b.paperId,
  );
  for (const entry of ranked) entry.shared.sort((a, b) => b.weight - a.weight);
  return ranked.slice(0, options.first);
}

/** Sharing a concept exactly already says they share its family; count it once. */
function dropFamiliesSharedExactly(entry: RelatedPaper): void {
  const exact = new Set(
    entry.shared.filter((s) => s.feature.type === 'entity').map((s) => s.feature.id),
  );
  const duplicates = entry.shared.filter(
    (s) => s.feature.type === 'family' && exact.has(s.feature.id),
  );
  entry.shared = entry.shared.filter((s) => !duplicates.includes(s));
  entry.score -= duplicates.reduce((sum, s) => sum + s.weight, 0);
}

/** "Shares GenEval and the Flow-GRPO family; both listed in Visual Generation / Image Generation." */
export function describeRelation(shared: readonly SharedFeature[]): string {
  const names = (type: PaperFeature['type']) =>
    shared.filter((s) => s.feature.type === type).map((s) => s.feature.label);
  const entities = shared.flatMap(({ feature }) => {
    if (feature.type === 'section' || feature.type === 'text') return [];
    return [feature.type === 'family' ? `the ${feature.label} family` : feature.label];
  });
  const sections = names('section');
  const parts: string[] = [];
  if (entities.length) parts.push(`shares ${listNames(entities)}`);
  if (sections.length) parts.push(`both listed in ${listNames(sections)}`);
  const text = shared.find((s) => s.feature.type === 'text');
  if (text) {
    parts.push(`similar wording (cosine ${(text.weight / TEXT_SIMILARITY_WEIGHT).toFixed(2)})`);
  }
  const sentence = parts.join('; ');
  return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : '';
}

function listNames(names: readonly string[], max = 4): string {
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
