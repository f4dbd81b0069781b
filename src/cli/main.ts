import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { NotThisFormatError } from '../../ingest/types';
import { registerCitationsCommand } from './citations-command';
import { NewerDatabaseError } from '../store/database';
import { registerBackupCommands } from './backup-command';
import { registerCollectionCommand } from './collection-command';
import { registerCorpusCommand } from './corpus-command';
import { registerExportCommand } from './export-command';
import { registerFetchArxivCommand } from './fetch-arxiv-command';
import { registerFetchCitationsCommands } from './fetch-citations-command';
import { registerIngestCommand } from './ingest-command';
import type { CliIo } from './io';
import { processIo, UsageError } from './io';
import { SearchSyntaxError } from '../search/parse-search-query';
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
    .version(packageVersion(), '-V, --version', 'print the version and exit')
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
    registerCitationsCommand,
    registerFetchArxivCommand,
    registerFetchCitationsCommands,
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
  if (error instanceof NotThisFormatError || error instanceof NewerDatabaseError) {
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
  const path = new URL('../../package.json', import.meta.url);
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
