import type { Command } from 'commander';
import { listRuns } from '../store/run.store';
import { readSearchIndexState } from '../store/search-index.store';
import { readGraphStats } from '../store/stats.store';
import type { CliIo } from './io';
import { openExistingDatabase } from './open-existing-database';
import { resolveDbPath } from './paths';

export function registerStatsCommand(program: Command, io: CliIo): void {
  program
    .command('stats')
    .description(
      'Summarise what the database holds: papers, authors, sections, pillars, recent ingests',
    )
    .option('--json', 'print as JSON')
    .option('--db <path>', 'database file')
    .action((options: { json?: boolean; db?: string }) => {
      const db = openExistingDatabase(resolveDbPath(options.db, io));
      try {
        const stats = readGraphStats(db);
        const runs = listRuns(db, 5);
        if (options.json) return io.out(JSON.stringify({ ...stats, recentRuns: runs }, null, 2));
        io.out(
          [
            `papers     ${stats.papers} (${stats.listedPapers} listed, ${stats.arxivPapers} on arXiv, ${stats.papersWithCode} with code)`,
            `authors    ${stats.authors}`,
            `lists      ${stats.lists} with ${stats.sections} sections`,
            `conflicts  ${stats.conflicts}`,
            `index      ${INDEX_STATE[readSearchIndexState(db)]}`,
            'pillars',
            ...stats.byPillar.map(
              (p) => `  ${String(p.papers).padStart(4)}  ${p.name} (${p.slug})`,
            ),
            'recent ingests',
            ...runs.map(
              (r) =>
                `  #${r.id} ${r.startedAt} ${r.format} ${r.listName ?? ''} ${r.sources.join(', ')}`,
            ),
          ].join('\n'),
        );
      } finally {
        db.close();
      }
    });
}

// Stats reads the index's state, not the index: loading it costs seconds at 100k papers.
const INDEX_STATE = {
  current: 'saved, current',
  stale: 'saved, stale (rebuilt by the next search)',
  missing: 'not built yet (built by the first search)',
} as const;
