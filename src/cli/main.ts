import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NotThisFormatError } from '../../ingest/types';
import { checkoutRoot } from '../model/checkout-root';
import { SearchSyntaxError } from '../search/parse-search-query';
import type { CliIo } from './io';
import { processIo, UsageError } from './io';

type RegisterCommand = (program: Command, io: CliIo) => void;

/**
 * Each command's module, loaded only when that command runs (or for the full help): a command
 * pays for its own dependencies (GraphQL schema, parsers, citation formatting), not everyone's.
 */
const COMMANDS: Record<string, () => Promise<RegisterCommand>> = {
  ingest: async () => (await import('./ingest-command')).registerIngestCommand,
  query: async () => (await import('./query-command')).registerQueryCommand,
  search: async () => (await import('./search-command')).registerSearchCommand,
  stats: async () => (await import('./stats-command')).registerStatsCommand,
  serve: async () => (await import('./serve-command')).registerServeCommand,
  lint: async () => (await import('./lint-command')).registerLintCommand,
  corpus: async () => (await import('./corpus-command')).registerCorpusCommand,
  ontology: async () => (await import('./ontology-command')).registerOntologyCommand,
  collection: async () => (await import('./collection-command')).registerCollectionCommand,
  export: async () => (await import('./export-command')).registerExportCommand,
  citations: async () => (await import('./citations-command')).registerCitationsCommand,
  'fetch-arxiv': async () => (await import('./fetch-arxiv-command')).registerFetchArxivCommand,
  'fetch-s2': loadFetchCitationsCommands,
  'fetch-openalex': loadFetchCitationsCommands,
  schema: async () => (await import('./schema-command')).registerSchemaCommand,
  list: async () => (await import('./list-command')).registerListCommand,
  backup: loadBackupCommands,
  restore: loadBackupCommands,
};

async function loadFetchCitationsCommands(): Promise<RegisterCommand> {
  return (await import('./fetch-citations-command')).registerFetchCitationsCommands;
}

async function loadBackupCommands(): Promise<RegisterCommand> {
  return (await import('./backup-command')).registerBackupCommands;
}

/** The commands `argv` needs: the one it names, else all (help, typos, no command). */
async function loadCommands(argv: readonly string[]): Promise<RegisterCommand[]> {
  const named = argv.find((arg) => !arg.startsWith('-'));
  const load = named !== undefined ? COMMANDS[named] : undefined;
  const loaders = load ? [load] : [...new Set(Object.values(COMMANDS))];
  return Promise.all(loaders.map((each) => each()));
}

export async function createProgram(io: CliIo, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('surveygraph')
    .description(
      'A literature knowledge graph for surveys: ingest lists, query over GraphQL, search, export.',
    )
    .version(packageVersion(), '-V, --version', 'print the version and exit')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  program.addHelpText(
    'after',
    '\nEvery command takes --db <path>; else $SURVEYGRAPH_DB; else db/surveygraph.sqlite.',
  );
  for (const register of await loadCommands(argv)) register(program, io);
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  return program;
}

/** Runs the CLI and returns its exit code; never throws for user errors. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    await (await createProgram(io, argv)).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return reportError(error, io);
  }
}

/**
 * The exit codes of every command (README, "Exit codes"): 0 done; 1 done but with findings or
 * only in part (lint findings, a query with errors); 2 bad usage or unreadable input (unknown
 * option, bad value, missing or unreadable file, unknown name); 70 a bug.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage; // --help and --version exit 0
  if (error instanceof UsageError) {
    if (error.message) io.err(`surveygraph: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof SearchSyntaxError) {
    io.err(`surveygraph: cannot read the search query: ${error.message}`);
    return 2;
  }
  // By name: importing the store here would load SQLite for commands that never open a database.
  const newerDatabase = error instanceof Error && error.name === 'NewerDatabaseError';
  if (error instanceof NotThisFormatError || newerDatabase) {
    io.err(`surveygraph: ${error.message}`);
    return EXIT.usage;
  }
  if (isFileError(error)) {
    io.err(`surveygraph: ${error.message}`);
    return EXIT.usage;
  }
  const detail = io.env['SURVEYGRAPH_DEBUG']
    ? String((error as Error)?.stack ?? error)
    : String((error as Error)?.message ?? error);
  io.err(`surveygraph: internal error: ${detail}`);
  return EXIT.internal;
}

/** A file that is missing or unreadable (ENOENT, EACCES, EISDIR) is bad input, not a bug. */
function isFileError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR';
}

function packageVersion(): string {
  const path = join(checkoutRoot(import.meta.dirname, 2), 'package.json'); // src/cli or dist/cli
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/**
 * `surveygraph lint … | head` closes the pipe early: from then on output is dropped, but the
 * command runs to its end, so its exit code still says whether there were findings.
 */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.stdout.write = () => true;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitQuietlyOnClosedPipe();
  process.exitCode = await runCli(process.argv.slice(2));
}
