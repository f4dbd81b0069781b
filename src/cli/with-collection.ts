import type { Command } from 'commander';
import type { Collection } from '../model/curation/collection';
import type { PaperIndex } from '../search/paper-index';
import { findCollectionByName } from '../store/collection.store';
import type { Db } from '../store/database';
import type { CliIo } from './io';
import { UsageError } from './io';
import { openGraph } from './open-graph';
import { resolveDbPath } from './paths';

export interface DbOption {
  db?: string;
}

export type Graph = { db: Db; index: PaperIndex };

/** A subcommand of `collection`, with the `--db` option that withGraph reads. */
export function addCollectionSubcommand(
  collection: Command,
  name: string,
  description: string,
): Command {
  return collection.command(name).description(description).option('--db <path>', 'database file');
}

export function withGraph(io: CliIo, options: DbOption, run: (graph: Graph) => void): void {
  const graph = openGraph(resolveDbPath(options.db, io));
  try {
    run(graph);
  } finally {
    graph.db.close();
  }
}

export function withCollection(
  io: CliIo,
  options: DbOption,
  name: string,
  run: (graph: Graph, collection: Collection) => void,
): void {
  withGraph(io, options, (graph) => {
    const found = findCollectionByName(graph.db, name);
    if (!found)
      throw new UsageError(`no collection named "${name}" (see \`surveygraph collection list\`)`);
    run(graph, found);
  });
}
