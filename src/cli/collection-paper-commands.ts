import type { Command } from 'commander';
import type { Collection } from '../model/curation/collection';
import { describePaperRef } from '../model/selection/paper-selection';
import {
  addPapersToCollection,
  removePapersFromCollection,
} from '../service/change-collection-papers';
import { annotateCollectionPaper, movePaperInCollection } from '../store/collection-entry.store';
import { countPapersByCollectionIds } from '../store/collection.store';
import type { Db } from '../store/database';
import { checkCollectionResult } from './check-collection-result';
import type { CliIo } from './io';
import { UsageError } from './io';
import { now } from '../service/now';
import { plural } from './plural';
import type { SelectionFlags } from './read-selection-flags';
import {
  addSelectionOptions,
  readCollectionSelection,
  readPaperArgument,
} from './read-selection-flags';
import type { DbOption } from './with-collection';
import { addCollectionSubcommand, withCollection } from './with-collection';

/** `collection add`, `remove`, `move` and `annotate`: changes to the papers of a collection. */
export function registerCollectionPaperCommands(collection: Command, io: CliIo): void {
  registerAdd(collection, io);
  registerRemove(collection, io);
  registerMove(collection, io);
  registerAnnotate(collection, io);
}

function registerAdd(collection: Command, io: CliIo): void {
  const description =
    'Append papers: by arXiv id, paper key or citation key, every match of a filter or a search';
  addSelectionOptions(
    addCollectionSubcommand(collection, 'add', description).argument('<name>', 'the collection'),
  ).action((name: string, papers: string[], options: SelectionOptions) =>
    withCollection(io, options, name, (graph, found) => {
      const selection = readCollectionSelection(papers, options);
      const result = checkCollectionResult(
        addPapersToCollection(graph, found.id, selection, now()),
        name,
      );
      const already = result.alreadyIn.length ? ` (${result.alreadyIn.length} already in it)` : '';
      io.out(
        `added ${plural(result.added.length, 'paper')} to "${found.name}"${already}; ${holds(graph.db, found)}`,
      );
    }),
  );
}

function registerRemove(collection: Command, io: CliIo): void {
  const description = 'Remove papers (named ones must be in the collection)';
  addSelectionOptions(
    addCollectionSubcommand(collection, 'remove', description).argument('<name>', 'the collection'),
  ).action((name: string, papers: string[], options: SelectionOptions) =>
    withCollection(io, options, name, (graph, found) => {
      const selection = readCollectionSelection(papers, options);
      const result = checkCollectionResult(
        removePapersFromCollection(graph, found.id, selection, now()),
        name,
      );
      io.out(
        `removed ${plural(result.removed.length, 'paper')} from "${found.name}"; ${holds(graph.db, found)}`,
      );
    }),
  );
}

function registerMove(collection: Command, io: CliIo): void {
  addCollectionSubcommand(collection, 'move', 'Move a paper to a position (from 1)')
    .argument('<name>', 'the collection')
    .argument('<paper>', 'arXiv id, paper key or citation key')
    .argument('<position>', 'its new place, from 1')
    .action((name: string, paper: string, position: string, options: DbOption) =>
      withCollection(io, options, name, (graph, found) => {
        const place = Number(position);
        if (!Number.isInteger(place))
          throw new UsageError(`position must be a whole number, got "${position}"`);
        const ref = readPaperArgument(paper);
        checkCollectionResult(movePaperInCollection(graph.db, found.id, ref, place, now()), name);
        io.out(`moved ${describePaperRef(ref)} to position ${place} in "${found.name}"`);
      }),
    );
}

function registerAnnotate(collection: Command, io: CliIo): void {
  addCollectionSubcommand(
    collection,
    'annotate',
    'Set the note and/or tags of a paper in a collection',
  )
    .argument('<name>', 'the collection')
    .argument('<paper>', 'arXiv id, paper key or citation key')
    .option('--note <text>', 'the note ("" clears it)')
    .option('--tags <list>', 'comma-separated tags, replacing the old ones ("" clears them)')
    .action((name: string, paper: string, options: DbOption & { note?: string; tags?: string }) =>
      withCollection(io, options, name, (graph, found) => {
        if (options.note === undefined && options.tags === undefined) {
          throw new UsageError('give --note and/or --tags');
        }
        const ref = readPaperArgument(paper);
        const tags = options.tags === undefined ? undefined : options.tags.split(',');
        const annotation = { note: options.note, tags };
        const result = annotateCollectionPaper(graph.db, found.id, ref, annotation, now());
        checkCollectionResult(result, name);
        io.out(`annotated ${describePaperRef(ref)} in "${found.name}"`);
      }),
    );
}

type SelectionOptions = SelectionFlags & DbOption;

function holds(db: Db, collection: Collection): string {
  return `it now holds ${plural(countPapersByCollectionIds(db, [collection.id])[0]!, 'paper')}`;
}
