import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createApp } from '../server/app';
import type { CliIo } from './io';
import { readWholeNumber } from './read-whole-number';
import { UsageError } from './io';
import { openGraph } from './open-graph';
import { resolveDbPath } from './paths';
import type { ServerFlagValues } from './server-options';
import { addServerOptions, readServerLimits, readServerSwitches } from './server-options';

interface ServeOptions extends ServerFlagValues {
  port: string;
  host: string;
  db?: string;
  tokenFile?: string;
  buildIfMissing?: boolean;
}

const SIMILARITY_WARM_UP_DELAY_MS = 1_000;

export function registerServeCommand(program: Command, io: CliIo): void {
  const command = program
    .command('serve')
    .description('Serve the GraphQL API (with GraphiQL) over HTTP')
    .option('-p, --port <port>', 'port to listen on (env PORT)', io.env['PORT'] ?? '4000')
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--token-file <path>', 'file holding the write token (else env SURVEYGRAPH_TOKEN)')
    .option(
      '--build-if-missing',
      'build the database from the bundled corpus when it does not exist',
    )
    .option('--db <path>', 'database file');
  addServerOptions(command).action((options: ServeOptions) => serve(options, io));
}

async function serve(options: ServeOptions, io: CliIo): Promise<void> {
  const dbPath = resolveDbPath(options.db, io);
  // The ingest pipeline is loaded only when it has work to do: it would double the start-up.
  if (options.buildIfMissing && !existsSync(dbPath)) {
    const { buildDefaultDatabaseIfMissing } = await import('./build-default-database');
    buildDefaultDatabaseIfMissing(dbPath, io);
  }
  const writeToken = readWriteToken(options, io);
  const limits = readServerLimits(options, io);
  const switches = readServerSwitches(options, io);
  const started = performance.now();
  const graph = openGraph(dbPath);
  const app = createApp({
    ...graph,
    writeToken,
    limits,
    switches,
    log: (line) => io.out(JSON.stringify(line)),
    logError: (e, requestId) =>
      io.err(
        JSON.stringify({
          time: new Date().toISOString(),
          msg: 'error',
          id: requestId,
          error: String((e as Error)?.stack ?? e),
        }),
      ),
  });
  const server = createServer(app.yoga);
  server.requestTimeout = limits.requestTimeoutMs;
  server.headersTimeout = Math.min(limits.requestTimeoutMs, 60_000);
  const port = readWholeNumber('--port', options.port, { min: 0, max: 65535 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new UsageError(`cannot listen on ${options.host}:${port}: ${error.message}`)),
    );
    server.listen(port, options.host, resolve);
  });
  // `related`'s text model (about 2 s at 100k papers) is built a step at a time once the server
  // has had time to answer its first requests, so the first `related` finds it ready.
  setTimeout(() => graph.index.warmUpSimilarity(), SIMILARITY_WARM_UP_DELAY_MS).unref();
  const ms = (performance.now() - started).toFixed(0);
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  io.err(
    `surveygraph: ${graph.index.documentCount} papers ready in ${ms} ms (search index ${graph.index.loadedFromCache ? 'reused' : 'rebuilt'})`,
  );
  const host = ['0.0.0.0', '127.0.0.1', '::'].includes(options.host) ? 'localhost' : options.host;
  io.err(
    writeToken
      ? 'writes: enabled for requests with the bearer token'
      : 'writes: disabled (set SURVEYGRAPH_TOKEN or --token-file to enable mutations)',
  );
  io.err(
    `limits: depth ${limits.maxDepth}, cost ${limits.maxCost}, aliases ${limits.maxAliases}, tokens ${limits.maxTokens}, batch ${limits.maxBatch}, body ${limits.maxBodyBytes} B, time budget ${limits.timeBudgetMs} ms; CORS ${switches.corsOrigins.length ? switches.corsOrigins.join(', ') : 'closed'}; introspection ${switches.introspection ? 'on' : 'off'}`,
  );
  io.err(
    `GraphQL${switches.graphiql ? ' and GraphiQL' : ''} at http://${host}:${boundPort}/graphql`,
  );
  const shutdown = (signal: string) => {
    io.err(`surveygraph: ${signal}: finishing requests in flight, then closing the database`);
    app.drain();
    server.close(() => app.close());
    // Keep-alive connections would hold close() open; idle ones go now, busy ones after replying.
    server.closeIdleConnections();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  await new Promise<void>((resolve) => server.once('close', resolve));
}

function readWriteToken(options: ServeOptions, io: CliIo): string | undefined {
  if (options.tokenFile) {
    let token: string;
    try {
      token = readFileSync(options.tokenFile, 'utf8').trim();
    } catch {
      throw new UsageError(`${options.tokenFile}: cannot read the token file`);
    }
    if (!token) throw new UsageError(`${options.tokenFile}: the token file is empty`);
    return token;
  }
  return io.env['SURVEYGRAPH_TOKEN']?.trim() || undefined;
}
