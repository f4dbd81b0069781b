import type { EntityMention, MentionRelation, TagInput, TagRule } from './entity-mention';
import type { EntityKind, OntologyEntity } from './ontology';
import { addImpliedMentions, mergeByEntity } from './tag-mentions';
import { compileAliasPattern, maskUrls } from './tag-patterns';
import { isNegated, isProposedInAbstract, isTitleHead } from './tag-relations';

/**
 * Finds the ontology's algorithms, paradigms, rewards, benchmarks and evaluation levels in a
 * paper's title, abstract and BibTeX fields. Pure: text and ontology in, mentions out.
 * Pillars and groups are never tagged: a paper's pillar comes from the list section it is in.
 */
export const TAGGED_KINDS: readonly EntityKind[] = [
  'paradigm',
  'algorithm',
  'reward',
  'benchmark',
  'evaluation-level',
];

/** Kinds whose names are proper names: a shorter match inside one of them is not a mention. */
const NAMED_KINDS: readonly EntityKind[] = ['algorithm', 'benchmark'];

interface Matcher {
  entity: OntologyEntity;
  alias: string;
  regex: RegExp;
  exact: boolean;
}

interface Hit {
  entity: OntologyEntity;
  field: string;
  start: number;
  end: number;
  matchedText: string;
  exact: boolean;
}

interface CompiledOntology {
  matchers: Matcher[];
  /** Matchers by the lower-cased first word of their alias (and its plural): see `findHits`. */
  byFirstWord: Map<string, number[]>;
  /** Matchers whose alias starts otherwise; always tried. */
  always: number[];
  /** `kind/slug` of entities that other entities are variants of: established families. */
  families: Set<string>;
}

const compiled = new WeakMap<OntologyEntity[], CompiledOntology>();

function compileOntology(ontology: OntologyEntity[]): CompiledOntology {
  const cached = compiled.get(ontology);
  if (cached) return cached;
  const matchers = ontology
    .filter((entity) => TAGGED_KINDS.includes(entity.kind))
    .flatMap((entity) =>
      [...new Set([entity.name, ...entity.aliases])].map((alias) => ({
        entity,
        alias,
        ...compileAliasPattern(alias, entity.matchCase),
      })),
    );
  const families = new Set(
    ontology.filter((e) => e.variantOf).map((e) => `${e.kind}/${e.variantOf}`),
  );
  const result = { matchers, families, ...indexByFirstWord(matchers) };
  compiled.set(ontology, result);
  return result;
}

export function tagEntities(input: TagInput, ontology: OntologyEntity[]): EntityMention[] {
  const compiled = compileOntology(ontology);
  const fields: [string, string][] = [['title', input.title]];
  if (input.abstract) fields.push(['abstract', input.abstract]);
  for (const [key, value] of Object.entries(input.bibtexFields ?? {}))
    fields.push([`bibtex.${key}`, value]);

  const mentions = fields.flatMap(([field, text]) =>
    resolveOverlaps(findHits(field, text, compiled))
      .filter((hit) => !isNegated(text, hit.start))
      .map((hit) => toMention(hit, text, compiled.families)),
  );
  return addImpliedMentions(mergeByEntity(mentions), ontology);
}

const FIRST_WORD = /^[a-z0-9]+(?![\p{L}\p{N}])/iu;
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * An alias can only match where its first word stands whole in the text (the patterns require
 * that no letter or digit touch a match, and an alias's first word ends where a separator
 * starts), so each text runs only the patterns whose first word it contains: a few dozen of
 * the ontology's ~1 000 instead of all of them. Non-ASCII first words are always tried.
 */
function indexByFirstWord(
  matchers: readonly Matcher[],
): Omit<CompiledOntology, 'matchers' | 'families'> {
  const byFirstWord = new Map<string, number[]>();
  const always: number[] = [];
  matchers.forEach(({ alias }, index) => {
    const first = FIRST_WORD.exec(alias.trim())?.[0].toLowerCase();
    if (!first) {
      always.push(index);
      return;
    }
    const keys = first.length === alias.trim().length ? [first, `${first}s`] : [first];
    for (const key of keys) byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), index]);
  });
  return { byFirstWord, always };
}

function candidateMatchers(text: string, compiled: CompiledOntology): Matcher[] {
  const indexes = new Set(compiled.always);
  for (const word of new Set(text.match(WORDS) ?? [])) {
    for (const index of compiled.byFirstWord.get(word.toLowerCase()) ?? []) indexes.add(index);
  }
  return [...indexes].sort((a, b) => a - b).map((index) => compiled.matchers[index]!);
}

function findHits(field: string, text: string, compiled: CompiledOntology): Hit[] {
  const masked = maskUrls(text);
  const hits: Hit[] = [];
  for (const { entity, regex, exact } of candidateMatchers(masked, compiled)) {
    for (const match of masked.matchAll(regex)) {
      const start = match.index;
      hits.push({
        entity,
        field,
        start,
        end: start + match[0].length,
        matchedText: match[0],
        exact,
      });
    }
  }
  return hits;
}

/**
 * Reads each span once, most specific first: the longest match wins within a kind (`Flow-GRPO`
 * hides the `GRPO` inside it), and nothing is read inside a longer algorithm or benchmark name
 * (`Location Preference Optimization` is the LPO algorithm, not the DPO paradigm). The same
 * span may still name entities of different kinds (`DPO` the algorithm and the paradigm).
 */
function resolveOverlaps(hits: Hit[]): Hit[] {
  const ordered = [...hits].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.start - b.start || Number(b.exact) - Number(a.exact),
  );
  const kept: Hit[] = [];
  for (const hit of ordered) {
    const hidden = kept.some((other) => {
      const overlaps = other.start < hit.end && hit.start < other.end;
      if (!overlaps) return false;
      if (other.entity.kind === hit.entity.kind) return true;
      const inside = other.start <= hit.start && hit.end <= other.end;
      const longer = other.end - other.start > hit.end - hit.start;
      return inside && longer && NAMED_KINDS.includes(other.entity.kind);
    });
    if (!hidden) kept.push(hit);
  }
  return kept;
}

function toMention(hit: Hit, text: string, families: Set<string>): EntityMention {
  const { kind, slug, variantOf } = hit.entity;
  const { field, matchedText, start, end } = hit;
  const mention = (relation: MentionRelation, confidence: number, rule: TagRule) => ({
    kind,
    slug,
    relation,
    confidence,
    evidence: { field, matchedText, start, end, rule },
  });
  const isTitle = field === 'title' || field === 'bibtex.title';
  const isAbstract = field === 'abstract' || field === 'bibtex.abstract';
  // A leaf variant named in the title ("… via TempFlow-GRPO") is the paper's own; a family
  // that others build on (GRPO, Flow-GRPO, DPO) is more often just used.
  const isLeafVariant = Boolean(variantOf) && !families.has(`${kind}/${slug}`);
  if (isTitle && isTitleHead(text, start, end)) return mention('proposes', 0.95, 'title-head');
  if (isTitle && isLeafVariant) return mention('proposes', 0.85, 'title-variant');
  if (isAbstract && isProposedInAbstract(text, start, end)) {
    return mention('proposes', 0.85, 'abstract-proposal');
  }
  return mention('uses', baseConfidence(hit), hit.exact ? 'exact-alias' : 'phrase-alias');
}

/** Long acronyms and multi-word phrases are rarely wrong; 2–3 letter acronyms and lone words are. */
function baseConfidence(hit: Hit): number {
  const short = hit.matchedText.replace(/s$/, '').length <= 3;
  if (hit.exact) return short ? 0.75 : 0.9;
  return /\s|-/.test(hit.matchedText) ? 0.85 : 0.7;
}
