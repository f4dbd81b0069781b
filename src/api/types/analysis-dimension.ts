import { encodeGlobalID } from '@pothos/plugin-relay';
import { createGraphQLError } from 'graphql-yoga';
import type { Dimension } from '../../model/analysis/analysis';
import type { AxisOptions } from '../../store/analysis.store';
import { builder } from '../builder';

export const DimensionEnum = builder.enumType('Dimension', {
  description: 'What papers are counted by along one axis of an analysis.',
  values: {
    PILLAR: {
      value: 'pillar',
      description:
        "The survey's four pillars (with `includeGroups`, also the list's other groups).",
    },
    SECTION: {
      value: 'section',
      description: 'Top-level sections of the lists; keys are Section ids.',
    },
    PARADIGM: {
      value: 'paradigm',
      description: 'Alignment paradigms (RLHF, DPO, RLVR …) papers are linked to.',
    },
    ALGORITHM: {
      value: 'algorithm',
      description:
        'Algorithms papers are linked to directly (GRPO and Flow-GRPO are separate values).',
    },
    ALGORITHM_FAMILY: {
      value: 'algorithm-family',
      description:
        'Algorithm families: an algorithm that has variants (or has no parent) together with every variant below it, so the GRPO family counts Flow-GRPO papers too. Families nest; `parentKey` names the enclosing one.',
    },
    REWARD: { value: 'reward', description: 'Reward designs papers are linked to.' },
    BENCHMARK: {
      value: 'benchmark',
      description: 'Benchmarks and environments papers are linked to.',
    },
    EVALUATION_LEVEL: {
      value: 'evaluation-level',
      description: 'The survey’s evaluation levels (set, sample, state) papers are linked to.',
    },
    YEAR: { value: 'year', description: 'Year of the work, e.g. `2025`.' },
    YEAR_MONTH: {
      value: 'year-month',
      description: 'Year and month, e.g. `2025-03`; papers without a month have none.',
    },
    VENUE: {
      value: 'venue',
      description: 'Publication venue (case-insensitive); preprints have none.',
    },
    CITED_PILLAR: {
      value: 'cited-pillar',
      description:
        'The pillars of the papers a paper cites (from imported citations): `matrix(rows: PILLAR, columns: CITED_PILLAR)` counts, per pair, the papers of one pillar that cite papers of the other — the citation flow between pillars.',
    },
    AUTHOR: {
      value: 'author',
      description: 'Authors; keys are Author ids. Use `top` to keep it readable.',
    },
  } as const,
});

/** Keys that name graph objects are global ids, so they work in filters and `node(id)`. */
export function toPublicKey(dimension: Dimension, key: string): string {
  if (dimension === 'section') return encodeGlobalID('Section', key);
  if (dimension === 'author') return encodeGlobalID('Author', key);
  return key;
}

export const encodePaperIds = (ids: readonly number[]): string[] =>
  ids.map((id) => encodeGlobalID('Paper', id));

export function badInput(message: string): Error {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Checks the options every analysis shares and turns them into store options. */
export function toAxisOptions(args: {
  includeGroups?: boolean | null | undefined;
  minConfidence?: number | null | undefined;
  top?: number | null | undefined;
}): AxisOptions & { top: number | undefined } {
  const { minConfidence, top } = args;
  if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
    throw badInput(`\`minConfidence\` must be between 0 and 1 (got ${minConfidence}).`);
  }
  if (top != null && top < 1) throw badInput(`\`top\` must be at least 1 (got ${top}).`);
  return {
    includeGroups: args.includeGroups ?? false,
    minConfidence: minConfidence ?? 0,
    top: top ?? undefined,
  };
}
