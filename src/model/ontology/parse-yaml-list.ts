import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { OntologyError } from './ontology';

/** A required one-line text field, trimmed; shared by our curated YAML schemas. */
export const oneLine = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((text) => !/[\r\n]/.test(text), 'must be one line');

/** The top-level YAML list of one of our curated files; an OntologyError names the file if not. */
export function parseYamlList(text: string, file: string): unknown[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new OntologyError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new OntologyError(file, ['expected a list of entries']);
  return data;
}

/** `entry 2 (dpo): description: is required`, `entry 2 (dpo): unknown field "descripton"`. */
export function describeIssue(label: string, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `${label}: unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  return `${label}: ${issue.path.join('.') || 'entry'}: ${missing ? 'is required' : issue.message}`;
}
