import { createGraphQLError } from 'graphql-yoga';
import type { PaperFilter } from '../../model/paper-filter';
import { builder } from '../builder';
import { decodeGlobalIdOf } from '../global-id';

export const PaperOrderEnum = builder.enumType('PaperOrder', {
  description: 'How a list of papers is sorted.',
  values: {
    LIST: { description: 'In the order the survey lists them (section by section).' },
    NEWEST: { description: 'Most recent year and month first.' },
    OLDEST: { description: 'Oldest year and month first.' },
    TITLE: { description: 'Alphabetically by title.' },
  } as const,
});

export const PaperFilterInput = builder.inputType('PaperFilterInput', {
  description: 'Narrows a list of papers; every field given must hold (AND).',
  fields: (t) => ({
    pillars: t.stringList({
      description: 'Pillar or group slugs (see `pillars`), e.g. `visual-generation`; any of them.',
    }),
    sections: t.idList({
      description: 'Section global ids; papers listed in any of them or below.',
    }),
    yearFrom: t.int({ description: 'Earliest year, inclusive.' }),
    yearTo: t.int({ description: 'Latest year, inclusive.' }),
    venues: t.stringList({ description: 'Venue names (case-insensitive), e.g. `NeurIPS`.' }),
    hasCode: t.boolean({ description: 'Only papers with (true) or without (false) a code link.' }),
    listed: t.boolean({
      description: 'Only papers some list still places (true) or that every list dropped (false).',
    }),
  }),
});

type FilterArg = typeof PaperFilterInput.$inferInput;

export function toPaperFilter(input: FilterArg | null | undefined): PaperFilter {
  if (!input) return {};
  if (input.yearFrom != null && input.yearTo != null && input.yearFrom > input.yearTo) {
    throw createGraphQLError(`yearFrom (${input.yearFrom}) is after yearTo (${input.yearTo}).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return {
    pillars: input.pillars ?? undefined,
    sectionIds: input.sections?.map((id) => decodeGlobalIdOf('Section', String(id))),
    yearFrom: input.yearFrom ?? undefined,
    yearTo: input.yearTo ?? undefined,
    venues: input.venues ?? undefined,
    hasCode: input.hasCode ?? undefined,
    listed: input.listed ?? undefined,
  };
}
