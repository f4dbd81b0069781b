import { z } from 'zod';

/**
 * A paper as the Semantic Scholar Graph API returns it inside `/paper/{id}/references` (as
 * `citedPaper`) and `/citations` (as `citingPaper`); every field is optional since the caller
 * chooses them with `fields=` (https://api.semanticscholar.org/api-docs/graph).
 */
export const S2PaperSchema = z.object({
  paperId: z.string().nullish(),
  title: z.string().nullish(),
  year: z.number().int().nullish(),
  externalIds: z
    .object({
      ArXiv: z.string().nullish(),
      DOI: z.string().nullish(),
      CorpusId: z.union([z.number(), z.string()]).nullish(),
    })
    .nullish(),
});

const EdgeFields = {
  contexts: z.array(z.string()).nullish(),
  intents: z.array(z.string()).nullish(),
  isInfluential: z.boolean().nullish(),
};

export const S2ReferenceSchema = z.object({ ...EdgeFields, citedPaper: S2PaperSchema });
export const S2CitationSchema = z.object({ ...EdgeFields, citingPaper: S2PaperSchema });

/** One page of `/references` or `/citations`: `{ offset, next, data: [...] }`. */
export const S2PageSchema = z.object({
  offset: z.number().nullish(),
  next: z.number().nullish(),
  data: z.array(z.record(z.string(), z.unknown())),
});

/**
 * One line of the S2 datasets `citations` release: corpus ids of both ends (either may be null),
 * `isinfluential`, `contexts`, and `intents` as one list (or null) per context.
 */
export const S2DatasetCitationSchema = z.object({
  citationid: z.union([z.number(), z.string()]).nullish(),
  citingcorpusid: z.union([z.number(), z.string()]).nullish(),
  citedcorpusid: z.union([z.number(), z.string()]).nullish(),
  isinfluential: z.boolean().nullish(),
  contexts: z.array(z.string()).nullish(),
  intents: z.array(z.array(z.string()).nullable()).nullish(),
});

export type S2Paper = z.infer<typeof S2PaperSchema>;
