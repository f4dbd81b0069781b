import type { FilterNames } from '../model/selection/check-filter-names';
import type { Db } from './database';

/** Every slug and section id a filter may name, in one statement. */
export function listFilterNames(db: Db): FilterNames {
  const rows = db
    .prepare(
      `SELECT kind, slug AS name FROM entities
         WHERE kind IN ('pillar', 'group', 'algorithm', 'reward', 'benchmark', 'paradigm')
       UNION ALL SELECT 'section', CAST(id AS TEXT) FROM sections
       ORDER BY 1, 2`,
    )
    .all() as { kind: string; name: string }[];
  const of = (...kinds: string[]) =>
    rows.filter((row) => kinds.includes(row.kind)).map((row) => row.name);
  return {
    pillars: of('pillar', 'group'),
    algorithms: of('algorithm'),
    rewards: of('reward'),
    benchmarks: of('benchmark'),
    paradigms: of('paradigm'),
    sectionIds: of('section')
      .map(Number)
      .sort((a, b) => a - b),
  };
}
