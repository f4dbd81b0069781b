import { z } from 'zod';

/**
 * The committed default corpus: one folder per list under `db/corpus/`, facts only.
 *   corpus.yaml      what the list is and where it came from (our words)
 *   sections.jsonl   one section per line: path, source line, curated pillar
 *   entries.jsonl    one entry per line, as the list states it, with its source line
 *   findings.jsonl   what the parser reported on the source (codes, locations, our messages)
 *   records.jsonl    paper metadata facts (authors, dates, venues, ids) from metadata sources,
 *                    one record per source entry with its file and line; never abstracts
 *   entity-links.jsonl the tagger's links read with abstracts: paper key, entity, relation,
 *                    confidence and the evidence pointer (field, offsets, matched term)
 */
export const CORPUS_FILES = {
  manifest: 'corpus.yaml',
  sections: 'sections.jsonl',
  entries: 'entries.jsonl',
  findings: 'findings.jsonl',
  records: 'records.jsonl',
  entityLinks: 'entity-links.jsonl',
} as const;

export const CorpusManifest = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case name'),
  title: z.string(),
  description: z.string(),
  upstream: z.object({
    repository: z.string(),
    file: z.string(),
    commit: z.string().optional(),
    date: z.string().optional(),
  }),
  /** The survey paper the list accompanies, as the list names it. */
  survey: z
    .object({ arxivId: z.string(), title: z.string().min(1), line: z.number().int().positive() })
    .optional(),
  /** The metadata files the records came from. */
  metadata: z.array(z.string()).optional(),
});
export type CorpusManifest = z.infer<typeof CorpusManifest>;

export const CorpusSection = z.object({
  path: z.array(z.string()).min(1),
  line: z.number().int().positive(),
  pillar: z.string().optional(),
});

const LINK_KINDS = [
  'arxiv',
  'paper',
  'code',
  'project',
  'doi',
  'blog',
  'course',
  'model',
  'dataset',
  'web',
] as const;

export const CorpusEntry = z.object({
  title: z.string().min(1),
  url: z.string(),
  arxivId: z.string().optional(),
  doi: z.string().optional(),
  year: z.number().int().optional(),
  month: z.number().int().min(1).max(12).optional(),
  venue: z.string().optional(),
  dateText: z.string().optional(),
  kind: z.enum(['preprint', 'publication', 'blog', 'course', 'web']),
  links: z.array(
    z.object({ kind: z.enum(LINK_KINDS), url: z.string(), label: z.string().optional() }),
  ),
  section: z.array(z.string()).min(1),
  /** `file:line` in the upstream list. */
  source: z.string().regex(/^.+:\d+$/),
});

export const CorpusFinding = z.object({
  severity: z.enum(['warning', 'skipped']),
  where: z.string(),
  code: z.string(),
  reason: z.string(),
});

export const CorpusRecord = z.object({
  format: z.enum(['bibtex', 'jsonl', 'arxiv-atom']),
  source: z.string().regex(/^.+:\d+$/),
  arxivId: z.string().optional(),
  doi: z.string().optional(),
  title: z.string().optional(),
  authors: z.array(z.string()).optional(),
  moreAuthors: z.boolean().optional(),
  published: z.string().optional(),
  year: z.number().int().optional(),
  month: z.number().int().min(1).max(12).optional(),
  venue: z.string().optional(),
  url: z.string().optional(),
  entryType: z.string().optional(),
  citationKey: z.string().optional(),
  commentArxivId: z.string().optional(),
  categories: z.array(z.string()).optional(),
  journalRef: z.string().optional(),
});

export const CorpusEntityLink = z.object({
  paper: z.string().min(1),
  kind: z.enum(['paradigm', 'algorithm', 'reward', 'benchmark', 'evaluation-level']),
  slug: z.string().min(1),
  relation: z.enum(['proposes', 'uses']),
  confidence: z.number().min(0).max(1),
  evidence: z.object({
    field: z.string(),
    matchedText: z.string(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    rule: z.string(),
  }),
});
export type CorpusEntityLink = z.infer<typeof CorpusEntityLink>;
