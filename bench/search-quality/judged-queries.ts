import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** Our judged queries: what researchers type, and the papers we judged relevant to each. */
export const JUDGED_QUERIES_FILE = resolve(
  import.meta.dirname,
  '../../tests/search/judged/judged-queries.yaml',
);

/** Queries written after the first set, to check that what it taught us generalises. */
export const HELD_OUT_QUERIES_FILE = resolve(
  import.meta.dirname,
  '../../tests/search/judged/held-out-queries.yaml',
);

const JudgedQuery = z.object({
  query: z.string().min(1),
  kind: z.string(),
  note: z.string().optional(),
  /** arXiv ids, or paper keys (`url:…`, `title:…`) for papers without one. */
  relevant: z.array(z.string()).min(1),
});
export type JudgedQuery = z.infer<typeof JudgedQuery>;

export function loadJudgedQueries(file = JUDGED_QUERIES_FILE): JudgedQuery[] {
  return z.array(JudgedQuery).parse(parse(readFileSync(file, 'utf8')));
}
