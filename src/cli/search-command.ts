import type { Command } from 'commander';
import type { Highlight } from '../search/highlight-hit';
import { markHighlight } from '../search/highlight-hit';
import { listPapersByIds } from '../store/paper.store';
import type { CliIo } from './io';
import { openGraph } from './open-graph';
import { resolveDbPath } from './paths';
import { readWholeNumber } from './read-whole-number';

const SYNTAX_HELP = `
Query syntax:
  grpo image generation     papers with every word first, then those with most of them;
                            words are stemmed (thinking = think), known concepts match their
                            other spellings (T2I = text-to-image), typos in unknown words are forgiven
  "thinking with images"    an exact phrase (required)
  -video  -"human feedback" leave out papers with the word or phrase
  title:diffusion  author:Levine  venue:NeurIPS  abstract:"reward hacking"  section:GUI  arxiv:2505.05470
                            the word or "phrase" in that field (required)
  year:2025  year:2023..2025  year:2024..  year:..2023
  algorithm:GRPO  reward:PickScore  benchmark:GenEval  paradigm:DPO  pillar:vla
                            papers linked to that concept (name, alias or slug)
A query that cannot be read (unclosed quote, unknown field, bad year, unknown concept) exits 2.

Examples:
  surveygraph search mobile device control agent
  surveygraph search '"thinking with images"' -n 5
  surveygraph search 'algorithm:GRPO year:2025.. video -generation'`;

export function registerSearchCommand(program: Command, io: CliIo): void {
  program
    .command('search')
    .description(
      'Full-text search over titles, authors, venues, sections, linked concepts and abstracts',
    )
    .argument('<words...>', 'what to look for (see the query syntax below)')
    .option('-n, --limit <n>', 'how many results', '10')
    .option('--json', 'print results as JSON (with highlights)')
    .option('--db <path>', 'database file')
    .addHelpText('after', SYNTAX_HELP)
    .action((words: string[], options: { limit: string; json?: boolean; db?: string }) => {
      const limit = readWholeNumber('--limit (-n)', options.limit);
      const graph = openGraph(resolveDbPath(options.db, io));
      try {
        const query = words.join(' ');
        const hits = graph.index.search(query).slice(0, limit);
        const papers = listPapersByIds(
          graph.db,
          hits.map((h) => h.paperId),
        );
        const highlights = graph.index.highlight(hits);
        const results = hits.map((hit, i) => ({
          score: round(hit.score),
          matchedAllWords: hit.matchedAll,
          fields: hit.fields,
          highlights: highlights[i]!,
          paper: papers[i]!,
        }));
        if (options.json) return io.out(JSON.stringify(results, null, 2));
        if (results.length === 0) return io.out(noMatches(graph.index.suggest(query)));
        const mark = (h: Highlight) =>
          io.interactive ? markHighlight(h, '\x1b[1m', '\x1b[22m') : markHighlight(h, '[', ']');
        for (const { score, paper, highlights: found } of results) {
          const id = paper.arxivId ? `arXiv:${paper.arxivId}` : paper.key;
          const title = found.find((h) => h.field === 'title');
          io.out(
            `${score.toFixed(2).padStart(6)}  ${title ? mark(title) : paper.title} (${[paper.year, paper.venue].filter(Boolean).join(', ')}) ${id}`,
          );
          const other = found.find((h) => h.field !== 'title');
          if (other) {
            const label = other.field === 'abstract' ? '' : `${other.field}: `;
            io.out(`        ${label}${mark(other)}`);
          }
        }
      } finally {
        graph.db.close();
      }
    });
}

function noMatches(suggestions: string[]): string {
  return suggestions.length ? `no matches; did you mean ${suggestions.join(', ')}?` : 'no matches';
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
