import type { Command } from 'commander';
import { parseArxivId } from '../model/arxiv-id';
import type { PaperRef, PaperSelection } from '../model/collection';
import type { PaperFilter } from '../model/paper-filter';
import { parsePaperFilterJson } from '../model/paper-filter-json';
import { UsageError } from './io';
import type { DbOption, Graph } from './with-collection';

export interface SelectionOptions extends DbOption {
  arxiv?: string[];
  key?: string[];
  search?: string;
  filter?: string;
  limit?: string;
}

/** The flags that name papers for `collection add` and `collection remove`. */
export function addSelectionOptions(command: Command): Command {
  return command
    .option('--arxiv <ids...>', 'papers by arXiv id')
    .option('--key <keys...>', 'papers by key (e.g. url:… for papers without an arXiv id)')
    .option('--search <words>', 'the hits of a full-text search, best first')
    .option(
      '--filter <json>',
      'every paper a filter matches, e.g. \'{"pillars":["visual-generation"]}\'',
    )
    .option('--limit <n>', 'at most this many search hits');
}

/** An arXiv id when it reads as one, else a paper key. */
export function toPaperRef(text: string): PaperRef {
  const parsed = parseArxivId(text);
  return parsed.ok ? { arxivId: parsed.id } : { key: text.trim() };
}

export function toPaperSelection(options: SelectionOptions, graph: Graph): PaperSelection {
  const named = [options.arxiv, options.key, options.search].filter((given) => given !== undefined);
  if (named.length > 1 || (named.length === 0 && options.filter === undefined)) {
    throw new UsageError(
      'give one of --arxiv, --key, --filter or --search (--filter may narrow --search)',
    );
  }
  if (options.filter !== undefined && (options.arxiv || options.key)) {
    throw new UsageError('--filter goes alone or with --search, not with --arxiv or --key');
  }
  if (options.limit !== undefined && options.search === undefined) {
    throw new UsageError('--limit goes with --search');
  }
  const filter = options.filter === undefined ? {} : parseFilter(options.filter);
  if (options.search !== undefined) {
    const limit = options.limit === undefined ? Infinity : Number(options.limit);
    if (!(limit >= 1)) throw new UsageError(`--limit must be at least 1, got "${options.limit}"`);
    const hitIds = graph.index.select(options.search);
    return { kind: 'search', query: options.search, filter, hitIds: hitIds.slice(0, limit) };
  }
  if (options.arxiv) return { kind: 'papers', refs: options.arxiv.map((arxivId) => ({ arxivId })) };
  if (options.key) return { kind: 'papers', refs: options.key.map((key) => ({ key })) };
  return { kind: 'filter', filter };
}

function parseFilter(text: string): PaperFilter {
  const parsed = parsePaperFilterJson(text);
  if (!parsed.ok) throw new UsageError(`--filter: ${parsed.message}`);
  return parsed.filter;
}
