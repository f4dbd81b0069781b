import { z } from 'zod';

/**
 * One line of unarXive JSONL (https://github.com/IllDepence/unarXive, "Data format"): a paper's
 * metadata, its paragraphs with `{{cite:…}}` markers (`cite_spans`), and its bibliography
 * (`bib_entries`, keyed by the marker's `ref_id`). Extra fields are ignored.
 */
const BibEntrySchema = z.object({
  bib_entry_raw: z.string().nullish(),
  contained_arXiv_ids: z.array(z.object({ id: z.string() })).nullish(),
  ids: z
    .object({
      arxiv_id: z.string().nullish(),
      doi: z.string().nullish(),
      open_alex_id: z.string().nullish(),
    })
    .nullish(),
});

const ParagraphSchema = z.object({
  text: z.string(),
  cite_spans: z
    .array(z.object({ start: z.number(), end: z.number(), ref_id: z.string().nullish() }))
    .nullish(),
});

export const UnarxiveLineSchema = z.object({
  paper_id: z.string(),
  metadata: z
    .object({
      title: z.string().nullish(),
      doi: z.string().nullish(),
      versions: z.array(z.object({ created: z.string() })).nullish(),
    })
    .nullish(),
  body_text: z.array(ParagraphSchema).nullish(),
  bib_entries: z.record(z.string(), BibEntrySchema),
});

export type UnarxiveLine = z.infer<typeof UnarxiveLineSchema>;
export type UnarxiveBibEntry = z.infer<typeof BibEntrySchema>;
export type UnarxiveParagraph = z.infer<typeof ParagraphSchema>;
