import { z } from 'zod';
import { OntologyError } from './ontology';
import { describeIssue, oneLine, parseYamlList } from './parse-yaml-list';

export type AbbreviationCategory = 'task' | 'modality' | 'model' | 'method' | 'metric' | 'other';

/** An abbreviation and its spelled-out forms, for search query expansion. */
export interface Abbreviation {
  /** As written, case-sensitive: `T2I`, `CoT`. */
  abbreviation: string;
  /** Spelled-out forms, matched ignoring case: `text-to-image`. */
  expansions: string[];
  category: AbbreviationCategory;
}

const abbreviationSchema = z.strictObject({
  abbreviation: oneLine,
  expansions: z.array(oneLine).min(1),
  category: z.enum(['task', 'modality', 'model', 'method', 'metric', 'other']).default('other'),
});

/** Parses `abbreviations.yaml`; throws an `OntologyError` listing every bad or repeated entry. */
export function parseAbbreviationsYaml(text: string, file: string): Abbreviation[] {
  const problems: string[] = [];
  const abbreviations: Abbreviation[] = [];
  const seen = new Set<string>();
  parseYamlList(text, file).forEach((raw, index) => {
    const result = abbreviationSchema.safeParse(raw);
    const name = (raw as { abbreviation?: unknown } | null)?.abbreviation;
    const label = `entry ${index + 1}${typeof name === 'string' ? ` (${name})` : ''}`;
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => describeIssue(label, issue)));
      return;
    }
    if (seen.has(result.data.abbreviation)) problems.push(`${label}: abbreviation is listed twice`);
    seen.add(result.data.abbreviation);
    abbreviations.push(result.data);
  });
  if (problems.length > 0) throw new OntologyError(file, problems);
  return abbreviations;
}
