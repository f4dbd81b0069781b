import { z } from 'zod';

/**
 * One line of paper-metadata.jsonl (see its README): every field is present; the ones that may be
 * unknown are null. Extra fields are ignored.
 */
export const PaperLineSchema = z.object({
  arxiv_id: z.string(),
  title: z.string(),
  authors: z.array(z.string()).nullable(),
  abstract: z.string().nullable(),
  /** First arXiv submission date, `YYYY-MM-DD`. */
  published: z.string().nullable(),
  /**
   * The page the abstract was copied from (provenance, not the paper's URL). The README calls it
   * always present, but it is null on the lines that have no abstract.
   */
  source_url: z.string().nullable(),
  authors_source_url: z.string().nullable(),
});

export type PaperLine = z.infer<typeof PaperLineSchema>;
