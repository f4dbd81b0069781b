import { z } from 'zod';
import type { PaperFilter } from './paper-filter';

/**
 * A filter as JSON text (`--filter`, `?filter=`): the fields of GraphQL's PaperFilterInput, with
 * the same names (`sections` holds section ids as numbers here).
 */
const PaperFilterJson = z.strictObject({
  pillars: z.array(z.string()).optional(),
  sections: z.array(z.int()).optional(),
  yearFrom: z.int().optional(),
  yearTo: z.int().optional(),
  venues: z.array(z.string()).optional(),
  hasCode: z.boolean().optional(),
  listed: z.boolean().optional(),
  authors: z.array(z.string()).optional(),
  algorithms: z.array(z.string()).optional(),
  rewards: z.array(z.string()).optional(),
  benchmarks: z.array(z.string()).optional(),
  paradigms: z.array(z.string()).optional(),
});

export const paperFilterJsonFields = Object.keys(PaperFilterJson.shape);

const EXAMPLE = '{"pillars":["visual-generation"],"yearFrom":2025}';

/**
 * Decodes a filter given as JSON text. The message says what is wrong and what is allowed;
 * callers prefix it with where the filter came from (`--filter: …`).
 */
export function parsePaperFilterJson(
  text: string,
): { ok: true; filter: PaperFilter } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `the filter must be a JSON object, e.g. ${EXAMPLE}` };
  }
  const parsed = PaperFilterJson.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message,
    );
    return {
      ok: false,
      message: `${issues.join('; ')} (fields: ${paperFilterJsonFields.join(', ')})`,
    };
  }
  const { sections, ...rest } = parsed.data;
  const filter: PaperFilter = { ...rest, sectionIds: sections };
  if (
    filter.yearFrom !== undefined &&
    filter.yearTo !== undefined &&
    filter.yearFrom > filter.yearTo
  ) {
    return {
      ok: false,
      message: `yearFrom (${filter.yearFrom}) is after yearTo (${filter.yearTo})`,
    };
  }
  return { ok: true, filter };
}
