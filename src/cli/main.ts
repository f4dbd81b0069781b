import { Command, CommanderError } from 'commander';
import { pathToFileURL } from 'node:url';
import { NotThisFormatError } from '../../ingest/types';
import { NewerDatabaseError } from '../store/database';
import { registerBackupCommands } from './backup-command';
import { registerCollectionCommand } from './collection-command';
import { registerCorpusCommand } from './corpus-command';
import { registerExportCommand } from './export-command';
import { registerFetchArxivCommand } from './fetch-arxiv-command';
import { registerIngestCommand } from './ingest-command';
import type { CliIo } from './io';
import { processIo, UsageError } from './io';
import { registerLintCommand } from './lint-command';
import { registerListCommand } from './list-command';
import { registerOntologyCommand } from './ontology-command';
import { registerQueryCommand } from './query-command';
import { registerSchemaCommand } from './schema-command';
import { registerSearchCommand } from './search-command';
import { registerServeCommand } from './serve-command';
import { registerStatsCommand } from './stats-command';

export function createProgram(io: CliIo): Command {
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
  for (const register of [
    registerIngestCommand,
    registerQueryCommand,
    registerSearchCommand,
    registerStatsCommand,
    registerServeCommand,
    registerLintCommand,
    registerCorpusCommand,
    registerOntologyCommand,
    registerCollectionCommand,
    registerExportCommand,
    registerFetchArxivCommand,
    registerSchemaCommand,
    registerListCommand,
    registerBackupCommands,
  ]) {
    register(program, io);
  }
  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
  return program;
}

/** Runs the CLI and returns its exit code; never throws for user errors. */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    await createProgram(io).parseAsync(argv, { from: 'user' });
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
  if (error instanceof NotThisFormatError || error instanceof NewerDatabaseError) {
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
