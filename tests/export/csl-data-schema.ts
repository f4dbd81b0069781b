import { z } from 'zod';

/**
 * CSL-JSON items as the CSL schema (citation-style-language/schema, `csl-data.json`, v1.0.2)
 * defines them, written as a strict zod schema because no copy of the JSON schema ships in
 * node_modules. Objects are strict, as the schema's `additionalProperties: false`; the item lists
 * the schema's common string variables (not all of them), so an invented field fails.
 */
const CSL_TYPES = [
  'article',
  'article-journal',
  'article-magazine',
  'article-newspaper',
  'bill',
  'book',
  'broadcast',
  'chapter',
  'classic',
  'collection',
  'dataset',
  'document',
  'entry',
  'entry-dictionary',
  'entry-encyclopedia',
  'event',
  'figure',
  'graphic',
  'hearing',
  'interview',
  'legal_case',
  'legislation',
  'manuscript',
  'map',
  'motion_picture',
  'musical_score',
  'pamphlet',
  'paper-conference',
  'patent',
  'performance',
  'periodical',
  'personal_communication',
  'post',
  'post-weblog',
  'regulation',
  'report',
  'review',
  'review-book',
  'software',
  'song',
  'speech',
  'standard',
  'thesis',
  'treaty',
  'webpage',
] as const;

const nameVariable = z
  .object({
    family: z.string().optional(),
    given: z.string().optional(),
    'dropping-particle': z.string().optional(),
    'non-dropping-particle': z.string().optional(),
    suffix: z.string().optional(),
    'comma-suffix': z.union([z.string(), z.number(), z.boolean()]).optional(),
    'static-ordering': z.union([z.string(), z.number(), z.boolean()]).optional(),
    literal: z.string().optional(),
    'parse-names': z.union([z.string(), z.number(), z.boolean()]).optional(),
  })
  .strict();

const datePart = z.union([z.string(), z.number()]);
const dateVariable = z
  .object({
    'date-parts': z.array(z.array(datePart).min(1).max(3)).min(1).max(2).optional(),
    season: z.union([z.string(), z.number()]).optional(),
    circa: z.union([z.string(), z.number(), z.boolean()]).optional(),
    literal: z.string().optional(),
    raw: z.string().optional(),
  })
  .strict();

const text = z.string().optional();
const textOrNumber = z.union([z.string(), z.number()]).optional();

export const cslItemSchema = z
  .object({
    type: z.enum(CSL_TYPES),
    id: z.union([z.string(), z.number()]),
    'citation-key': text,
    language: text,
    author: z.array(nameVariable).optional(),
    editor: z.array(nameVariable).optional(),
    accessed: dateVariable.optional(),
    issued: dateVariable.optional(),
    'event-date': dateVariable.optional(),
    abstract: text,
    archive: text,
    archive_location: text,
    'container-title': text,
    'container-title-short': text,
    DOI: text,
    event: text,
    'event-title': text,
    'event-place': text,
    genre: text,
    ISBN: text,
    ISSN: text,
    issue: textOrNumber,
    medium: text,
    note: text,
    number: textOrNumber,
    page: textOrNumber,
    publisher: text,
    'publisher-place': text,
    source: text,
    status: text,
    title: text,
    'title-short': text,
    URL: text,
    version: text,
    volume: textOrNumber,
  })
  .strict();

export const cslDataSchema = z.array(cslItemSchema);
