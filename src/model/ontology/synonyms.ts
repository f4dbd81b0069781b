import { z } from 'zod';
import type { Abbreviation } from './abbreviations';
import type { OntologyEntity } from './ontology';
import { OntologyError } from './ontology';
import { describeIssue, oneLine, parseYamlList } from './parse-yaml-list';

/**
 * Words or phrases this field uses for the same idea though no abbreviation or concept name links
 * them ("personalized" and "customized" generation), for search query expansion only: they never
 * tag papers with a concept.
 */
export interface SynonymSet {
  /** Matched ignoring case, unless it has a mixed-case word (`LoRA`) or is one short word (`RL`). */
  spellings: string[];
  /** Why a researcher means the same thing by each spelling (reviewable, one line). */
  why: string;
}

/** Everything query expansion reads: concept names and aliases, abbreviations, synonym sets. */
export interface SearchVocabulary {
  ontology: readonly OntologyEntity[];
  abbreviations: readonly Abbreviation[];
  synonyms: readonly SynonymSet[];
}

const synonymSetSchema = z.strictObject({
  spellings: z.array(oneLine).min(2),
  why: oneLine,
});

/** Parses `synonyms.yaml`; throws an `OntologyError` listing every bad entry or repeated spelling. */
export function parseSynonymsYaml(text: string, file: string): SynonymSet[] {
  const problems: string[] = [];
  const sets: SynonymSet[] = [];
  const owner = new Map<string, number>();
  parseYamlList(text, file).forEach((raw, index) => {
    const result = synonymSetSchema.safeParse(raw);
    const first = (raw as { spellings?: unknown } | null)?.spellings;
    const name = Array.isArray(first) && typeof first[0] === 'string' ? ` (${first[0]})` : '';
    const label = `entry ${index + 1}${name}`;
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => describeIssue(label, issue)));
      return;
    }
    for (const spelling of result.data.spellings) {
      const key = spelling.toLowerCase();
      const earlier = owner.get(key);
      if (earlier !== undefined) {
        problems.push(`${label}: "${spelling}" is already listed in entry ${earlier}`);
      }
      owner.set(key, index + 1);
    }
    sets.push(result.data);
  });
  if (problems.length > 0) throw new OntologyError(file, problems);
  return sets;
}
