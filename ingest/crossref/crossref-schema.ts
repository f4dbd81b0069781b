import { z } from 'zod';

/**
 * A Crossref work (https://api.crossref.org/swagger-ui, `GET /works/{doi}` → `message`): its DOI,
 * title, issued date and `reference` list, whose items carry a `key` and, when Crossref matched
 * or the publisher deposited them, a `DOI`, `article-title`, `year` or an `unstructured` string.
 */
export const CrossrefReferenceSchema = z.object({
  key: z.string().nullish(),
  DOI: z.string().nullish(),
  'article-title': z.string().nullish(),
  'volume-title': z.string().nullish(),
  year: z.union([z.string(), z.number()]).nullish(),
  unstructured: z.string().nullish(),
});

export const CrossrefWorkSchema = z.object({
  DOI: z.string(),
  title: z.array(z.string()).nullish(),
  issued: z.object({ 'date-parts': z.array(z.array(z.number().nullable())).nullish() }).nullish(),
  reference: z.array(CrossrefReferenceSchema).nullish(),
});

export type CrossrefWork = z.infer<typeof CrossrefWorkSchema>;
export type CrossrefReference = z.infer<typeof CrossrefReferenceSchema>;
