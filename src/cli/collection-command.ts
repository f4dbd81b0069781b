import type { Command } from 'commander';
import { parseArxivId } from '../model/arxiv-id';
import type { Collection, CollectionFailure, PaperRef, PaperSelection } from '../model/collection';
import { describePaperRef } from '../model/collection';
import type { PaperFilter } from '../model/paper-filter';
import { parsePaperFilterJson } from '../model/paper-filter-json';
import type { PaperIndex } from '../search/paper-index';
import {
  addPapersToCollection,
  annotateCollectionPaper,
  listCollectionEntries,
  movePaperInCollection,
  removePapersFromCollection,
} from '../store/collection-paper.store';
import {
  countPapersByCollectionIds,
  createCollection,
  deleteCollection,
  describeCollection,
  findCollectionByName,
  listCollections,
  listSourcesByCollectionIds,
  renameCollection,
} from '../store/collection.store';
import type { Db } from '../store/database';
import { listPapersByIds } from '../store/paper.store';
import type { CliIo } from './io';
import { UsageError } from './io';
import { openGraph } from './open-graph';
import { resolveDbPath } from './paths';

interface DbOption {
  db?: string;
}

interface SelectionOptions extends DbOption {
  arxiv?: string[];
  key?: string[];
  search?: string;
  filter?: string;
  limit?: string;
}

type Graph = { db: Db; index: PaperIndex };

/** `surveygraph collection …`: curated collections, written straight to the database file. */
export function registerCollectionCommand(program: Command, io: CliIo): void {
  const collection = program
    .command('collection')
    .description('Curate collections of papers: create, add, order, annotate, show');
  const sub = (name: string, description: string) =>
    collection.command(name).description(description).option('--db <path>', 'database file');

  sub('create', 'Create an empty collection')
    .argument('<name>', 'its name (unique, ignoring case)')
    .option('--description <text>', 'what it is for')
    .action((name: string, options: DbOption & { description?: string }) =>
      withGraph(io, options, (graph) => {
        const fields = { name, description: options.description };
        const created = check(createCollection(graph.db, fields, now()), name);
        io.out(`created collection "${created.collection.name}"`);
      }),
    );

  sub('rename', 'Rename a collection')
    .argument('<name>', 'the collection')
    .argument('<new-name>', 'its new name')
    .action((name: string, newName: string, options: DbOption) =>
      withCollection(io, options, name, (graph, found) => {
        const renamed = check(renameCollection(graph.db, found.id, newName, now()), name);
        io.out(`renamed "${found.name}" to "${renamed.collection.name}"`);
      }),
    );

  sub('describe', 'Set the description of a collection ("" clears it)')
    .argument('<name>', 'the collection')
    .argument('<description>', 'what it is for')
    .action((name: string, description: string, options: DbOption) =>
      withCollection(io, options, name, (graph, found) => {
        check(describeCollection(graph.db, found.id, description, now()), name);
        io.out(`described "${found.name}"`);
      }),
    );

  sub('delete', 'Delete a collection with its notes (its papers stay in the graph)')
    .argument('<name>', 'the collection')
    .action((name: string, options: DbOption) =>
      withCollection(io, options, name, (graph, found) => {
        const deleted = check(deleteCollection(graph.db, found.id), name);
        io.out(`deleted collection "${found.name}" (${plural(deleted.paperCount, 'paper')})`);
      }),
    );

  selectionOptions(
    sub('add', 'Append papers: by arXiv id, by key, every match of a filter or a search'),
  )
    .argument('<name>', 'the collection')
    .action((name: string, options: SelectionOptions) =>
      withCollection(io, options, name, (graph, found) => {
        const selection = toSelection(options, graph);
        const result = check(addPapersToCollection(graph.db, found.id, selection, now()), name);
        const already = result.alreadyIn.length
          ? ` (${result.alreadyIn.length} already in it)`
          : '';
        io.out(
          `added ${plural(result.added.length, 'paper')} to "${found.name}"${already}; ${holds(graph.db, found)}`,
        );
      }),
    );

  selectionOptions(sub('remove', 'Remove papers (named ones must be in the collection)'))
    .argument('<name>', 'the collection')
    .action((name: string, options: SelectionOptions) =>
      withCollection(io, options, name, (graph, found) => {
        const selection = toSelection(options, graph);
        const result = check(
          removePapersFromCollection(graph.db, found.id, selection, now()),
          name,
        );
        io.out(
          `removed ${plural(result.removed.length, 'paper')} from "${found.name}"; ${holds(graph.db, found)}`,
        );
      }),
    );

  sub('move', 'Move a paper to a position (from 1)')
    .argument('<name>', 'the collection')
    .argument('<paper>', 'arXiv id or paper key')
    .argument('<position>', 'its new place, from 1')
    .action((name: string, paper: string, position: string, options: DbOption) =>
      withCollection(io, options, name, (graph, found) => {
        const place = Number(position);
        if (!Number.isInteger(place))
          throw new UsageError(`position must be a whole number, got "${position}"`);
        const ref = toPaperRef(paper);
        check(movePaperInCollection(graph.db, found.id, ref, place, now()), name);
        io.out(`moved ${describePaperRef(ref)} to position ${place} in "${found.name}"`);
      }),
    );

  sub('annotate', 'Set the note and/or tags of a paper in a collection')
    .argument('<name>', 'the collection')
    .argument('<paper>', 'arXiv id or paper key')
    .option('--note <text>', 'the note ("" clears it)')
    .option('--tags <list>', 'comma-separated tags, replacing the old ones ("" clears them)')
    .action((name: string, paper: string, options: DbOption & { note?: string; tags?: string }) =>
      withCollection(io, options, name, (graph, found) => {
        if (options.note === undefined && options.tags === undefined) {
          throw new UsageError('give --note and/or --tags');
        }
        const ref = toPaperRef(paper);
        const tags = options.tags === undefined ? undefined : options.tags.split(',');
        const annotation = { note: options.note, tags };
        check(annotateCollectionPaper(graph.db, found.id, ref, annotation, now()), name);
        io.out(`annotated ${describePaperRef(ref)} in "${found.name}"`);
      }),
    );

  sub('list', 'List the collections')
    .option('--json', 'print as JSON')
    .action((options: DbOption & { json?: boolean }) =>
      withGraph(io, options, (graph) => printList(graph.db, io, options.json ?? false)),
    );

  sub('show', 'Show a collection: its papers in order, with notes and tags')
    .argument('<name>', 'the collection')
    .option('--json', 'print as JSON')
    .action((name: string, options: DbOption & { json?: boolean }) =>
      withCollection(io, options, name, (graph, found) =>
        printCollection(graph.db, found, io, options.json ?? false),
      ),
    );
}

function selectionOptions(command: Command): Command {
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

function withGraph(io: CliIo, options: DbOption, run: (graph: Graph) => void): void {
  const graph = openGraph(resolveDbPath(options.db, io));
  try {
    run(graph);
  } finally {
    graph.db.close();
  }
}

function withCollection(
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

function now(): string {
  return new Date().toISOString();
}

/** Returns a successful store result; a failure becomes a one-line error and exit code 1. */
function check<T extends { ok: true }>(result: T | CollectionFailure, name: string): T {
  if (result.ok) return result;
  throw new UsageError(describeFailure(result, name));
}

function describeFailure(failure: CollectionFailure, name: string): string {
  const list = (refs: PaperRef[]) => refs.map(describePaperRef).join(', ');
  switch (failure.reason) {
    case 'collection_not_found':
      return `no collection named "${name}"`;
    case 'duplicate_name':
      return `a collection named "${failure.name}" already exists (names are compared ignoring case)`;
    case 'invalid_input':
      return failure.message;
    case 'unknown_papers':
      return `no paper in the database matches ${list(failure.missing)}; nothing was changed`;
    case 'not_in_collection':
      return `not in "${name}": ${list(failure.missing)}; nothing was changed`;
  }
}

/** An arXiv id when it reads as one, else a paper key. */
function toPaperRef(text: string): PaperRef {
  const parsed = parseArxivId(text);
  return parsed.ok ? { arxivId: parsed.id } : { key: text.trim() };
}

function toSelection(options: SelectionOptions, graph: Graph): PaperSelection {
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
    const hitIds = graph.index.search(options.search).map((hit) => hit.paperId);
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

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function holds(db: Db, collection: Collection): string {
  return `it now holds ${plural(countPapersByCollectionIds(db, [collection.id])[0]!, 'paper')}`;
}

function printList(db: Db, io: CliIo, json: boolean): void {
  const collections = listCollections(db);
  const counts = countPapersByCollectionIds(
    db,
    collections.map((c) => c.id),
  );
  if (json) {
    return io.out(
      JSON.stringify(
        collections.map((c, i) => ({ ...c, paperCount: counts[i] })),
        null,
        2,
      ),
    );
  }
  if (collections.length === 0)
    return io.out('no collections yet (create one with `surveygraph collection create NAME`)');
  collections.forEach((c, i) => {
    io.out(
      `${String(counts[i]).padStart(4)}  ${c.name}${c.description ? ` — ${c.description}` : ''}`,
    );
  });
}

function printCollection(db: Db, collection: Collection, io: CliIo, json: boolean): void {
  const entries = listCollectionEntries(db, collection.id, { limit: -1, offset: 0 });
  const papers = listPapersByIds(
    db,
    entries.map((entry) => entry.paperId),
  );
  const sources = listSourcesByCollectionIds(db, [collection.id])[0]!;
  const items = entries.map(({ collectionId: _c, paperId: _p, ...entry }, i) => ({
    ...entry,
    paper: papers[i]!,
  }));
  if (json) return io.out(JSON.stringify({ ...collection, sources, papers: items }, null, 2));
  io.out(`${collection.name} (${plural(entries.length, 'paper')})`);
  if (collection.description) io.out(collection.description);
  for (const source of sources) {
    const what = source.kind === 'search' ? `search "${source.query}"` : 'filter';
    const filter = Object.keys(source.filter).length ? ` ${JSON.stringify(source.filter)}` : '';
    io.out(
      `  from ${what}${filter}: matched ${plural(source.paperCount, 'paper')} on ${source.addedAt.slice(0, 10)}`,
    );
  }
  for (const { position, paper, note, tags, listed } of items) {
    const id = paper.arxivId ? `arXiv:${paper.arxivId}` : paper.key;
    const meta = [paper.year, paper.venue].filter(Boolean).join(', ');
    io.out(
      `${String(position).padStart(3)}. ${paper.title}${meta ? ` (${meta})` : ''} ${id}${listed ? '' : ' [no longer listed]'}`,
    );
    if (tags.length) io.out(`     tags: ${tags.join(', ')}`);
    if (note) io.out(`     note: ${note}`);
  }
}
