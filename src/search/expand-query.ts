import type { Abbreviation } from '../model/ontology/abbreviations';
import type { OntologyEntity } from '../model/ontology/ontology';
import type { SearchVocabulary, SynonymSet } from '../model/ontology/synonyms';
import type { FoundWord } from './search-terms';
import { dashRuns, findWords, splitWords, toSearchTerm } from './search-terms';

/**
 * Query expansion from our curated vocabulary: a query that names a concept one way also looks
 * for its other spellings ("GRPO" ↔ "group relative policy optimization", "T2I" ↔
 * "text-to-image"). Phrases are compared word by word as search terms (folded and stemmed, so
 * "optimisations" is "optimization"), with hyphens and spaces alike, as the index tokenises text.
 */

/** One way of writing a concept. */
interface Spelling {
  text: string;
  words: string[];
  /** Search terms (`toSearchTerm`), one per word. */
  terms: string[];
  /** Matched only with the letter case as written (short or mixed-case abbreviations). */
  caseSensitive: boolean;
}

/** Spellings that name the same concept, and where they come from. */
export interface SynonymGroup {
  spellings: Spelling[];
  /** `algorithm/grpo`, `abbreviation/GRPO` … */
  sources: string[];
}

/** The vocabulary, indexed by the first search term of each spelling. */
export interface SynonymTable {
  groups: SynonymGroup[];
  byFirstTerm: Map<string, { spelling: Spelling; group: SynonymGroup }[]>;
}

/** A piece of the query: one plain word, or a phrase that names a known concept. */
export interface QueryUnit {
  /** The words as the query wrote them. */
  text: string;
  terms: string[];
  /** The concept's other spellings; empty for a plain word. */
  alternatives: { text: string; terms: string[] }[];
  sources: string[];
}

/** Kinds whose aliases are true synonyms; pillar aliases are broader topics, not other names. */
const SYNONYM_KINDS = new Set(['paradigm', 'algorithm', 'reward', 'benchmark', 'evaluation-level']);

function toSpelling(text: string, caseSensitive: boolean): Spelling | undefined {
  const words = splitWords(text);
  return words.length ? { text, words, terms: words.map(toSearchTerm), caseSensitive } : undefined;
}

/**
 * A dash-joined spelling also as the index has it joined (`text-to-image` → "texttoimage"): one
 * term that only papers writing the words together have, scored as one word, not three.
 */
function joinedSpelling(text: string, caseSensitive: boolean): Spelling | undefined {
  const found = findWords(text);
  const runs = dashRuns(found);
  if (runs.length === 0) return undefined;
  const words: string[] = [];
  for (let at = 0; at < found.length; at++) {
    const run = runs.find((r) => r.from === at);
    const to = run ? run.to : at;
    words.push(
      found
        .slice(at, to + 1)
        .map((word) => word.text)
        .join(''),
    );
    at = to;
  }
  return { text: words.join(' '), words, terms: words.map(toSearchTerm), caseSensitive };
}

/** A spelling, and its joined form when it has dash-joined words. */
function spellingsOf(text: string, caseSensitive: boolean): Spelling[] {
  return [toSpelling(text, caseSensitive), joinedSpelling(text, caseSensitive)].filter(
    (spelling): spelling is Spelling => spelling !== undefined,
  );
}

/** Acronyms like GRPO or T2I are no ordinary word, so any case finds them; CoT, RL, AD are. */
function isCaseSensitiveAbbreviation(abbreviation: string): boolean {
  const letters = abbreviation.replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length < 3 || /\p{Ll}/u.test(letters);
}

function isShortWord(spelling: Spelling): boolean {
  return spelling.words.length === 1 && spelling.words[0]!.length <= 2;
}

/** A name's spellings; one- or two-letter words (`RL`, `AD`) always keep their case. */
function nameSpellings(text: string, caseSensitive: boolean): Spelling[] {
  return spellingsOf(text, caseSensitive).map((spelling) => {
    if (isShortWord(spelling)) spelling.caseSensitive = true;
    return spelling;
  });
}

function entityGroup(entity: OntologyEntity): SynonymGroup {
  const spellings = [entity.name, ...entity.aliases].flatMap((text) =>
    nameSpellings(text, entity.matchCase === 'sensitive'),
  );
  return { spellings, sources: [`${entity.kind}/${entity.slug}`] };
}

function abbreviationGroup(entry: Abbreviation): SynonymGroup {
  const short = toSpelling(entry.abbreviation, isCaseSensitiveAbbreviation(entry.abbreviation));
  const long = entry.expansions.flatMap((text) => spellingsOf(text, false));
  const spellings = [short, ...long].filter((s): s is Spelling => s !== undefined);
  return { spellings, sources: [`abbreviation/${entry.abbreviation}`] };
}

/** Mixed-case words (`CoT`) keep their case; lowercase words and acronyms (`MLLM`) ignore it. */
const hasMixedCaseWord = (text: string) =>
  splitWords(text).some((word) => /\p{Ll}/u.test(word) && /\p{Lu}/u.test(word.slice(1)));

function synonymSetGroup(set: SynonymSet): SynonymGroup {
  const spellings = set.spellings.flatMap((text) => nameSpellings(text, hasMixedCaseWord(text)));
  return { spellings, sources: [`synonym/${set.spellings[0]!}`] };
}

const termsKey = (terms: readonly string[]) => terms.join(' ');

/** Groups that share a spelling are one concept (the DPO paradigm, algorithm and abbreviation). */
function mergeGroups(groups: SynonymGroup[]): SynonymGroup[] {
  const owner = new Map<string, SynonymGroup>();
  const merged: SynonymGroup[] = [];
  for (const group of groups) {
    const targets = new Set(group.spellings.flatMap((s) => owner.get(termsKey(s.terms)) ?? []));
    const into: SynonymGroup = { spellings: [], sources: [] };
    for (const source of [...targets, group]) {
      into.spellings.push(...source.spellings);
      into.sources.push(...source.sources);
      if (source !== group) merged.splice(merged.indexOf(source), 1);
    }
    for (const spelling of into.spellings) owner.set(termsKey(spelling.terms), into);
    merged.push(into);
  }
  return merged;
}

/** Builds the vocabulary from the ontology's names and aliases, abbreviations and synonym sets. */
export function buildSynonymTable(vocabulary: SearchVocabulary): SynonymTable {
  return indexSynonymGroups(buildSynonymGroups(vocabulary));
}

/** The vocabulary's groups of spellings (plain data: it can be cached as JSON). */
export function buildSynonymGroups({
  ontology,
  abbreviations,
  synonyms,
}: SearchVocabulary): SynonymGroup[] {
  return mergeGroups([
    ...ontology.filter((entity) => SYNONYM_KINDS.has(entity.kind)).map(entityGroup),
    ...abbreviations.map(abbreviationGroup),
    ...synonyms.map(synonymSetGroup),
  ]).filter((group) => new Set(group.spellings.map((s) => termsKey(s.terms))).size > 1);
}

/** The groups indexed by the first search term of each spelling, longest spelling first. */
export function indexSynonymGroups(groups: SynonymGroup[]): SynonymTable {
  const byFirstTerm = new Map<string, { spelling: Spelling; group: SynonymGroup }[]>();
  for (const group of groups) {
    for (const spelling of group.spellings) {
      const first = spelling.terms[0]!;
      byFirstTerm.set(first, [...(byFirstTerm.get(first) ?? []), { spelling, group }]);
    }
  }
  for (const entries of byFirstTerm.values()) {
    entries.sort((a, b) => b.spelling.terms.length - a.spelling.terms.length);
  }
  return { groups, byFirstTerm };
}

function matchesAt(spelling: Spelling, words: string[], terms: string[], at: number): boolean {
  return spelling.terms.every((term, i) =>
    spelling.caseSensitive ? words[at + i] === spelling.words[i] : terms[at + i] === term,
  );
}

const contains = (terms: readonly string[], part: readonly string[]) =>
  part.every((term) => terms.includes(term));

/**
 * The group's other spellings, minus those a shorter one already covers: every word must match,
 * so "vision-language-action model" finds nothing that "vision-language-action" does not.
 */
function alternativesOf(group: SynonymGroup, matched: string[]): QueryUnit['alternatives'] {
  const distinct = new Map<string, Spelling>();
  for (const spelling of group.spellings) {
    const key = [...new Set(spelling.terms)].sort().join(' ');
    if (!distinct.has(key)) distinct.set(key, spelling);
  }
  const spellings = [...distinct.values()];
  return spellings
    .filter((spelling) => !contains(spelling.terms, matched))
    .filter(
      (spelling) =>
        !spellings.some((other) => other !== spelling && contains(spelling.terms, other.terms)),
    )
    .map((spelling) => ({ text: spelling.text, terms: spelling.terms }));
}

/** Dash-joined words also look for their joined form: `multi-modal` finds "multimodal". */
function joinedUnit(query: string, found: FoundWord[], from: number, to: number): QueryUnit {
  const words = found.slice(from, to + 1);
  const joined = words.map((word) => word.text).join('');
  return {
    text: query.slice(words[0]!.start, words.at(-1)!.end),
    terms: words.map((word) => toSearchTerm(word.text)),
    alternatives: [{ text: joined, terms: [toSearchTerm(joined)] }],
    sources: [],
  };
}

/**
 * Splits a query into units, reading the longest known spelling at each word first ("reinforcement
 * learning from human feedback" is RLHF, not RL + words); dash-joined words that name no concept
 * are one unit. Without a table every other word is a unit.
 */
export function expandQuery(query: string, table?: SynonymTable): QueryUnit[] {
  const found = findWords(query);
  const words = found.map((word) => word.text);
  const terms = words.map(toSearchTerm);
  const runEnd = new Map(dashRuns(found).map((run) => [run.from, run.to]));
  const units: QueryUnit[] = [];
  for (let at = 0; at < words.length;) {
    const candidates = table?.byFirstTerm.get(terms[at]!) ?? [];
    const hit = candidates.find(({ spelling }) => matchesAt(spelling, words, terms, at));
    const run = runEnd.get(at);
    if (!hit && run !== undefined) {
      units.push(joinedUnit(query, found, at, run));
      at = run + 1;
      continue;
    }
    const length = hit ? hit.spelling.terms.length : 1;
    const unitTerms = terms.slice(at, at + length);
    units.push({
      text: query.slice(found[at]!.start, found[at + length - 1]!.end),
      terms: unitTerms,
      alternatives: hit ? alternativesOf(hit.group, unitTerms) : [],
      sources: hit ? hit.group.sources : [],
    });
    at += length;
  }
  return units;
}
