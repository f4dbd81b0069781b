import type { Command } from 'commander';
import type { CliIo } from './io';
import { printCollection } from './print-collection';
import { printCollectionList } from './print-collection-list';
import type { DbOption } from './with-collection';
import { addCollectionSubcommand, withCollection, withGraph } from './with-collection';

/** `collection list` and `collection show`. */
export function registerCollectionReadCommands(collection: Command, io: CliIo): void {
  addCollectionSubcommand(collection, 'list', 'List the collections')
    .option('--json', 'print as JSON')
    .action((options: DbOption & { json?: boolean }) =>
      withGraph(io, options, (graph) => printCollectionList(graph.db, io, options.json ?? false)),
    );

  addCollectionSubcommand(
    collection,
    'show',
    'Show a collection: its papers in order, with notes and tags',
  )
    .argument('<name>', 'the collection')
    .option('--json', 'print as JSON')
    .action((name: string, options: DbOption & { json?: boolean }) =>
      withCollection(io, options, name, (graph, found) =>
        printCollection(graph.db, found, io, options.json ?? false),
      ),
    );
}
