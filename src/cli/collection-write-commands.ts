import type { Command } from 'commander';
import {
  createCollection,
  deleteCollection,
  describeCollection,
  renameCollection,
} from '../store/collection.store';
import { checkCollectionResult } from './check-collection-result';
import type { CliIo } from './io';
import { now } from '../service/now';
import { plural } from './plural';
import type { DbOption } from './with-collection';
import { addCollectionSubcommand, withCollection, withGraph } from './with-collection';

/** `collection create`, `rename`, `describe` and `delete`: changes to collections themselves. */
export function registerCollectionWriteCommands(collection: Command, io: CliIo): void {
  registerCreate(collection, io);
  registerRename(collection, io);
  registerDescribe(collection, io);
  registerDelete(collection, io);
}

function registerCreate(collection: Command, io: CliIo): void {
  addCollectionSubcommand(collection, 'create', 'Create an empty collection')
    .argument('<name>', 'its name (unique, ignoring case)')
    .option('--description <text>', 'what it is for')
    .action((name: string, options: DbOption & { description?: string }) =>
      withGraph(io, options, (graph) => {
        const fields = { name, description: options.description };
        const created = checkCollectionResult(createCollection(graph.db, fields, now()), name);
        io.out(`created collection "${created.collection.name}"`);
      }),
    );
}

function registerRename(collection: Command, io: CliIo): void {
  addCollectionSubcommand(collection, 'rename', 'Rename a collection')
    .argument('<name>', 'the collection')
    .argument('<new-name>', 'its new name')
    .action((name: string, newName: string, options: DbOption) =>
      withCollection(io, options, name, (graph, found) => {
        const result = renameCollection(graph.db, found.id, newName, now());
        const renamed = checkCollectionResult(result, name);
        io.out(`renamed "${found.name}" to "${renamed.collection.name}"`);
      }),
    );
}

function registerDescribe(collection: Command, io: CliIo): void {
  addCollectionSubcommand(
    collection,
    'describe',
    'Set the description of a collection ("" clears it)',
  )
    .argument('<name>', 'the collection')
    .argument('<description>', 'what it is for')
    .action((name: string, description: string, options: DbOption) =>
      withCollection(io, options, name, (graph, found) => {
        checkCollectionResult(describeCollection(graph.db, found.id, description, now()), name);
        io.out(`described "${found.name}"`);
      }),
    );
}

function registerDelete(collection: Command, io: CliIo): void {
  addCollectionSubcommand(
    collection,
    'delete',
    'Delete a collection with its notes (its papers stay in the graph)',
  )
    .argument('<name>', 'the collection')
    .action((name: string, options: DbOption) =>
      withCollection(io, options, name, (graph, found) => {
        const deleted = checkCollectionResult(deleteCollection(graph.db, found.id), name);
        io.out(`deleted collection "${found.name}" (${plural(deleted.paperCount, 'paper')})`);
      }),
    );
}
