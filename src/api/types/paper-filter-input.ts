import { decodeGlobalID } from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';
import type { PaperFilter } from '../../model/selection/paper-filter';
import { checkFilterNames } from '../../model/selection/check-filter-names';
import type { Db } from '../../store/database';
import { listFilterNames } from '../../store/filter-names.store';
import { toBadUserInput } from '../bad-user-input';
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
    algorithms: t.stringList({
      description:
        'Algorithm slugs (see `algorithms`); papers linked to any of them or to a variant of one, e.g. `grpo` also matches Flow-GRPO papers.',
    }),
    rewards: t.stringList({
      description:
        'Reward-design slugs (see `rewardTypes`), e.g. `verifiable-reward`; any of them.',
    }),
    benchmarks: t.stringList({
      description: 'Benchmark slugs (see `benchmarks`), e.g. `geneval`; any of them.',
    }),
    paradigms: t.stringList({
      description: 'Paradigm slugs (see `paradigms`), e.g. `rlvr`; any of them.',
    }),
    authors: t.stringList({
      description:
        'Authors as Author global ids or as names (`Fanqing Meng` or `Meng, Fanqing`, compared ignoring case and accents); papers by any of them.',
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
    algorithms: input.algorithms ?? undefined,
    rewards: input.rewards ?? undefined,
    benchmarks: input.benchmarks ?? undefined,
    paradigms: input.paradigms ?? undefined,
    ...splitAuthors(input.authors),
  };
}

/**
 * A filter of a read (papers, search, figures), checked against the graph: a slug or section
 * nothing carries is a typo, answered with an error naming the valid ones, not an empty result.
 */
export function readPaperFilter(db: Db, input: FilterArg | null | undefined): PaperFilter {
  const filter = toPaperFilter(input);
  const named = [filter.pillars, filter.algorithms, filter.rewards, filter.benchmarks];
  if (![...named, filter.paradigms, filter.sectionIds].some((values) => values?.length)) {
    return filter;
  }
  const failure = checkFilterNames(filter, listFilterNames(db));
  if (failure) throw toBadUserInput(failure);
  return filter;
}

/** `authors` values that are Author global ids become `authorIds`; the rest are names. */
function splitAuthors(values: readonly string[] | null | undefined): Partial<PaperFilter> {
  if (!values) return {};
  const authorIds: number[] = [];
  const authors: string[] = [];
  for (const value of values) {
    const id = authorIdOf(value);
    if (id === undefined) authors.push(value);
    else authorIds.push(id);
  }
  return { authorIds, authors };
}

function authorIdOf(value: string): number | undefined {
  try {
    const { typename, id } = decodeGlobalID(value);
    return typename === 'Author' && /^\d+$/.test(id) ? Number(id) : undefined;
  } catch {
    return undefined;
  }
}
