import { z } from 'zod';

/**
 * The arXiv API's Atom feed as fast-xml-parser returns it (see parse-arxiv-atom.ts for the
 * options: namespace prefixes removed, attributes as `@_name`, repeatable elements as arrays).
 * https://info.arxiv.org/help/api/user-manual.html#_details_of_atom_results_returned
 */

/** An element's text, whether or not it has attributes (`<title type="html">`). */
const TextSchema = z
  .union([z.string(), z.object({ '#text': z.string().optional() })])
  .transform((value) => (typeof value === 'string' ? value : (value['#text'] ?? '')));

const CategorySchema = z.object({ '@_term': z.string() });

const LinkSchema = z.object({
  '@_href': z.string(),
  '@_rel': z.string().optional(),
  '@_title': z.string().optional(),
});

const AuthorSchema = z.object({
  name: TextSchema,
  affiliation: z.array(TextSchema).optional(),
});

export const AtomEntrySchema = z.object({
  id: TextSchema,
  title: TextSchema.optional(),
  summary: TextSchema.optional(),
  published: TextSchema.optional(),
  updated: TextSchema.optional(),
  author: z.array(AuthorSchema).default([]),
  link: z.array(LinkSchema).default([]),
  category: z.array(CategorySchema).default([]),
  primary_category: CategorySchema.optional(),
  doi: TextSchema.optional(),
  journal_ref: TextSchema.optional(),
  comment: TextSchema.optional(),
});

export type AtomEntry = z.infer<typeof AtomEntrySchema>;

/** Entries are decoded one by one, so that one odd entry does not lose the feed. */
export const AtomFeedSchema = z.object({
  feed: z.object({
    entry: z.array(z.unknown()).default([]),
    totalResults: TextSchema.optional(),
  }),
});

/** Element names that may repeat, so that the parser always returns them as arrays. */
export const REPEATED_ELEMENTS = new Set(['entry', 'author', 'link', 'category', 'affiliation']);
