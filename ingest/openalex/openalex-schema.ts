import { z } from 'zod';

const LocationSchema = z.object({
  landing_page_url: z.string().nullish(),
  pdf_url: z.string().nullish(),
});

/**
 * An OpenAlex work object (https://docs.openalex.org/api-entities/works/work-object): its id and
 * DOI as URLs, title, year, locations (where an arXiv copy shows up), and `referenced_works`
 * (OpenAlex ids of what it cites). Extra fields are ignored.
 */
export const OpenAlexWorkSchema = z.object({
  id: z.string(),
  doi: z.string().nullish(),
  title: z.string().nullish(),
  display_name: z.string().nullish(),
  publication_year: z.number().int().nullish(),
  ids: z.object({ doi: z.string().nullish(), openalex: z.string().nullish() }).nullish(),
  primary_location: LocationSchema.nullish(),
  locations: z.array(LocationSchema).nullish(),
  referenced_works: z.array(z.string()),
});

export type OpenAlexWork = z.infer<typeof OpenAlexWorkSchema>;
