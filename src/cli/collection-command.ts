import type { Command } from 'commander';
import type { CliIo } from './io';
import { registerCollectionPaperCommands } from './collection-paper-commands';
import { registerCollectionReadCommands } from './collection-read-commands';
import { registerCollectionWriteCommands } from './collection-write-commands';

/** `surveygraph collection …`: curated collections, written straight to the database file. */
export function registerCollectionCommand(program: Command, io: CliIo): void {
  const collection = program
    .command('collection')
    .description('Curate collections of papers: create, add, order, annotate, show');
  registerCollectionWriteCommands(collection, io);
  registerCollectionPaperCommands(collection, io);
  registerCollectionReadCommands(collection, io);
}
