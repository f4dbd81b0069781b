import type { Command } from 'commander';
import { listPapersByIds } from '../store/paper.store';
import type { CliIo } from './io';
import { openGraph } from './open-graph';
import { resolveDbPath } from './paths';
import { readWholeNumber } from './read-whole-number';

export function registerSearchCommand(program: Command, io: CliIo): void {
  program
    .command('search')
    .description('Full-text search over titles, authors, venues, sections and abstracts')
    .argument('<words...>', 'what to look for')
    .option('-n, --limit <n>', 'how many results', '10')
    .option('--json', 'print results as JSON')
    .option('--db <path>', 'database file')
    .action((words: string[], options: { limit: string; json?: boolean; db?: string }) => {
      const limit = readWholeNumber('--limit (-n)', options.limit);
      const graph = openGraph(resolveDbPath(options.db, io));
      try {
        const hits = graph.index.search(words.join(' ')).slice(0, limit);
        const papers = listPapersByIds(
          graph.db,
          hits.map((h) => h.paperId),
        );
        const results = hits.map((hit, i) => ({
          score: round(hit.score),
          fields: hit.fields,
          paper: papers[i]!,
        }));
        if (options.json) return io.out(JSON.stringify(results, null, 2));
        if (results.length === 0) return io.out('no matches');
        for (const { score, paper } of results) {
          const id = paper.arxivId ? `arXiv:${paper.arxivId}` : paper.key;
          io.out(
            `${score.toFixed(2).padStart(6)}  ${paper.title} (${[paper.year, paper.venue].filter(Boolean).join(', ')}) ${id}`,
          );
        }
      } finally {
        graph.db.close();
      }
    });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
