import { Command, CommanderError } from 'commander';
import { pathToFileURL } from 'node:url';
import { NotThisFormatError } from '../../ingest/types';
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
  'fetch-arxiv': async () => (await import('./fetch-arxiv-command')).registerFetchArxivCommand,
  schema: async () => (await import('./schema-command')).registerSchemaCommand,
};

/** The commands `argv` needs: the one it names, else all (help, typos, no command). */
async function loadCommands(argv: readonly string[]): Promise<RegisterCommand[]> {
  const named = argv.find((arg) => !arg.startsWith('-'));
  const load = named !== undefined ? COMMANDS[named] : undefined;
  return Promise.all(load ? [load()] : Object.values(COMMANDS).map((each) => each()));
}

export async function createProgram(io: CliIo, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('surveygraph')
    .description(
      'A literature knowledge graph for surveys: ingest lists, query over GraphQL, search, export.',
    )
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

function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) return error.exitCode;
  if (error instanceof UsageError) {
    if (error.message) io.err(`surveygraph: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof NotThisFormatError) {
    io.err(`surveygraph: ${error.message}`);
    return 1;
  }
  const detail = io.env['SURVEYGRAPH_DEBUG']
    ? String((error as Error)?.stack ?? error)
    : String((error as Error)?.message ?? error);
  io.err(`surveygraph: internal error: ${detail}`);
  return 70;
}

/** `surveygraph … | head` closes the pipe early: stop quietly instead of crashing on EPIPE. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  exitQuietlyOnClosedPipe();
  process.exitCode = await runCli(process.argv.slice(2));
}
