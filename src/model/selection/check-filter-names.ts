import type { PaperFilter } from './paper-filter';
import type { InvalidInput } from './paper-selection';
import { invalidInput } from './paper-selection';

/** The names a filter may use, as the graph holds them. */
export interface FilterNames {
  pillars: readonly string[];
  algorithms: readonly string[];
  rewards: readonly string[];
  benchmarks: readonly string[];
  paradigms: readonly string[];
  sectionIds: readonly number[];
}

const WHAT: Record<keyof FilterNames, string> = {
  pillars: 'pillar or group',
  algorithms: 'algorithm',
  rewards: 'reward design',
  benchmarks: 'benchmark',
  paradigms: 'paradigm',
  sectionIds: 'section id',
};

/**
 * A name nothing in the graph carries is a typo, not a wish for an empty result: the failure
 * names it and lists the valid ones.
 */
export function checkFilterNames(
  filter: PaperFilter,
  known: FilterNames,
): InvalidInput | undefined {
  for (const field of Object.keys(WHAT) as (keyof FilterNames)[]) {
    const valid = known[field] as readonly (string | number)[];
    const unknown = ((filter[field] ?? []) as readonly (string | number)[]).filter(
      (value) => !valid.includes(value),
    );
    if (unknown.length === 0) continue;
    const names = unknown.map((value) => JSON.stringify(value)).join(', ');
    const plural = unknown.length === 1 ? '' : 's';
    return invalidInput(
      `filter.${field === 'sectionIds' ? 'sections' : field}`,
      `unknown ${WHAT[field]}${plural} ${names}; valid: ${valid.join(', ') || 'none yet'}`,
    );
  }
  return undefined;
}
