import type { Command } from 'commander';
import type { PaperRef, PaperSelection } from '../model/selection/paper-selection';
import type { RawPaperSelection, SelectionRules } from '../model/selection/read-paper-selection';
import { readPaperRef, readPaperSelection } from '../model/selection/read-paper-selection';
import { UsageError } from './io';

/** The selection flags a command takes; papers may also be named as positional arguments. */
export interface SelectionFlags {
  arxiv?: string[];
  key?: string[];
  ids?: string[];
  collection?: string;
  search?: string;
  limit?: string;
  filter?: string;
}

/** Bad input is bad usage: one line on stderr, exit code 2. */
const USAGE_EXIT = 2;

const COLLECTION_RULES: SelectionRules = {
  names: {
    refs: 'PAPER…',
    arxivIds: '--arxiv',
    keys: '--key',
    filter: '--filter',
    search: '--search',
    limit: '--limit',
  },
  purpose: 'collection',
};

const EXPORT_RULES: SelectionRules = {
  names: {
    collection: '--collection',
    search: '--search',
    filter: '--filter',
    refs: 'PAPER… (or --ids)',
    limit: '--limit',
  },
  purpose: 'export',
};

/** The flags that name papers for `collection add` and `collection remove`. */
export function addSelectionOptions(command: Command): Command {
  return command
    .argument('[papers...]', 'papers by arXiv id, paper key or citation key')
    .option('--arxiv <ids...>', 'papers by arXiv id')
    .option('--key <keys...>', 'papers by key (e.g. url:… for papers without an arXiv id)')
    .option('--search <words>', 'the hits of a full-text search, best first')
    .option(
      '--filter <json>',
      'every paper a filter matches, e.g. \'{"pillars":["visual-generation"]}\'',
    )
    .option('--limit <n>', 'with --search: at most this many papers (after --filter)');
}

/** What `collection add|remove NAME [PAPER…] [flags]` selects. */
export function readCollectionSelection(papers: string[], flags: SelectionFlags): PaperSelection {
  return read(
    { ...common(papers, flags), arxivIds: flags.arxiv, keys: flags.key },
    COLLECTION_RULES,
  );
}

/** What `export [PAPER…] [flags]` selects; nothing named means every paper. */
export function readExportSelection(papers: string[], flags: SelectionFlags): PaperSelection {
  const refs = [...papers, ...(flags.ids ?? [])];
  return read({ ...common(refs, flags), collection: flags.collection }, EXPORT_RULES);
}

/** One paper named by the user: an arXiv id when it reads as one, else a paper or citation key. */
export function readPaperArgument(text: string): PaperRef {
  const read = readPaperRef({ ref: text }, { ref: 'PAPER' });
  if (!read.ok) throw new UsageError(read.message, USAGE_EXIT);
  return read.ref;
}

function common(refs: string[], flags: SelectionFlags): RawPaperSelection {
  return {
    refs: refs.length > 0 ? refs : undefined,
    filter: flags.filter,
    search: flags.search,
    limit: flags.limit,
  };
}

function read(raw: RawPaperSelection, rules: SelectionRules): PaperSelection {
  const result = readPaperSelection(raw, rules);
  if (!result.ok) throw new UsageError(result.message, USAGE_EXIT);
  return result.selection;
}
