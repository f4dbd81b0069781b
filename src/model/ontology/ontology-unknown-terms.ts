import type { OntologyEntity } from './ontology';
import { isAcronymLike, maskUrls } from './tag-patterns';

/** A frequent acronym or coined name that no ontology entity knows yet. */
export interface UnknownTerm {
  term: string;
  /** In how many of the given texts it occurs. */
  count: number;
  /** The spelled-out form, when a text defines it as `Long Name (TERM)`. */
  expansion?: string | undefined;
}

export interface UnknownTermOptions {
  /** Further spellings to treat as known, e.g. the abbreviations list. */
  known?: Iterable<string> | undefined;
}

// A word, possibly hyphenated or dotted (GRPO, DanceGRPO, T2I-CompBench); `isCoined` filters.
const TERM = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-.*][\p{L}\p{N}]+)*\+*(?![\p{L}\p{N}])/gu;
// "Group Relative Query Optimization (GRQO)": capitalised words, then the term in brackets.
const DEFINITION =
  /((?:\p{Lu}[\p{L}\p{N}]*[\s-]+(?:(?:of|for|with|and|from|to|in|the|via)[\s-]+)?){1,7})\(([^()\s]{2,20})\)/gu;
// Descriptive suffixes that do not change what the term names: GRPO-based, R1-style, 7B.
const SUFFIX =
  /-(?:based|style|like|aware|guided|driven|level|wise|free|only|tuned|trained|specific|centric|\d+(?:\.\d+)?[BMK])$/i;

/**
 * Collects acronyms and coined names (two or more capitals) that occur in at least `minCount`
 * of `texts` and that no entity's name or alias spells (ignoring case, hyphens and spaces),
 * most frequent first: candidates for growing the ontology.
 */
export function findUnknownTerms(
  texts: string[],
  ontology: OntologyEntity[],
  minCount: number,
  options: UnknownTermOptions = {},
): UnknownTerm[] {
  const known = new Set(
    [
      ...ontology.flatMap((entity) => [entity.name, ...entity.aliases]),
      ...(options.known ?? []),
    ].map(squash),
  );
  const counts = new Map<string, number>();
  const expansions = new Map<string, string>();
  for (const text of texts) {
    const masked = maskUrls(text);
    for (const [, longName, term] of masked.matchAll(DEFINITION)) {
      if (term && longName && !expansions.has(term)) expansions.set(term, longName.trim());
    }
    const terms = new Set([...masked.matchAll(TERM)].map(([token]) => baseTerm(token)));
    for (const term of terms) {
      if (!isCoined(term) || known.has(squash(term))) continue;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([term, count]) => count >= minCount && !known.has(squash(expansions.get(term) ?? '')))
    .map(([term, count]) => ({ term, count, expansion: expansions.get(term) }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term));
}

function baseTerm(token: string): string {
  let term = token;
  while (SUFFIX.test(term)) term = term.replace(SUFFIX, '');
  // A plural of an acronym (MLLMs, VLAs) names the same thing.
  return /\p{Lu}s$/u.test(term) ? term.slice(0, -1) : term;
}

/**
 * Two or more capitals, and at least one part that is an acronym or a coined word (`DanceGRPO`,
 * `R1`), so Title-Case compounds such as `Fine-Tuning` or `Vision-Language` are left out.
 */
function isCoined(term: string): boolean {
  if ((term.match(/\p{Lu}/gu) ?? []).length < 2) return false;
  return term
    .split(/[-.]/)
    .some((part) => isAcronymLike(part) || (/\p{L}/u.test(part) && /\p{N}/u.test(part)));
}

/** Lower case without hyphens, dots or spaces: `Flow GRPO`, `flow-grpo` and `FlowGRPO` agree. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[\s.\u2010\u2011-]+/g, '');
}
