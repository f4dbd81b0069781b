import type { Command } from 'commander';
import type { ServerLimits, ServerSwitches } from '../server/server-limits';
import { DEFAULT_LIMITS } from '../server/server-limits';
import type { CliIo } from './io';
import { UsageError } from './io';

/** Each limit's flag and environment variable: `maxCost` ↔ `--max-cost` ↔ `SURVEYGRAPH_MAX_COST`. */
const LIMIT_FLAGS: Record<keyof ServerLimits, { flag: string; help: string }> = {
  maxDepth: { flag: 'max-depth', help: 'deepest field nesting per operation' },
  maxCost: { flag: 'max-cost', help: 'estimated cost per operation (pages multiply)' },
  maxAliases: { flag: 'max-aliases', help: 'aliases per operation' },
  maxTokens: { flag: 'max-tokens', help: 'lexical tokens per document' },
  maxBatch: { flag: 'max-batch', help: 'operations per batched request (1: no batching)' },
  maxNodeIds: { flag: 'max-node-ids', help: 'ids per nodes(ids:) call' },
  maxBodyBytes: { flag: 'max-body-bytes', help: 'bytes per request body' },
  timeBudgetMs: { flag: 'time-budget-ms', help: 'resolver time per request' },
  requestTimeoutMs: {
    flag: 'request-timeout-ms',
    help: 'time before an unanswered request is dropped',
  },
};

/** Adds `--max-…`, `--cors-origin`, `--no-graphiql`, `--no-introspection` and `--production`. */
export function addServerOptions(command: Command): Command {
  for (const [key, { flag, help }] of Object.entries(LIMIT_FLAGS)) {
    const env = envName(flag);
    const fallback = DEFAULT_LIMITS[key as keyof ServerLimits];
    command.option(`--${flag} <n>`, `${help} (env ${env}; default ${fallback})`);
  }
  return command
    .option(
      '--cors-origin <origins>',
      'comma-separated origins allowed to call the API from a browser (env SURVEYGRAPH_CORS_ORIGINS; default none: CORS closed)',
    )
    .option('--no-graphiql', 'do not serve GraphiQL (env SURVEYGRAPH_GRAPHIQL=0)')
    .option('--no-introspection', 'refuse introspection queries (env SURVEYGRAPH_INTROSPECTION=0)')
    .option('--production', 'same as --no-graphiql --no-introspection (env NODE_ENV=production)');
}

export interface ServerFlagValues {
  corsOrigin?: string;
  graphiql?: boolean;
  introspection?: boolean;
  production?: boolean;
  [flag: string]: unknown;
}

/** The limits from flags, else environment variables, else the defaults; bad numbers are usage errors. */
export function readServerLimits(flags: ServerFlagValues, io: CliIo): ServerLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, { flag }] of Object.entries(LIMIT_FLAGS)) {
    const value = flags[camelCase(flag)] ?? io.env[envName(flag)];
    if (value === undefined || value === '') continue;
    const text = String(value);
    if (!/^\d+$/.test(text) || Number(text) < 1) {
      throw new UsageError(`--${flag} must be a whole number of at least 1 (got "${text}")`);
    }
    limits[key as keyof ServerLimits] = Number(text);
  }
  return limits;
}

export function readServerSwitches(flags: ServerFlagValues, io: CliIo): ServerSwitches {
  const production = flags.production === true || io.env['NODE_ENV'] === 'production';
  const off = (name: string) => ['0', 'false', 'no', 'off'].includes(io.env[name] ?? '');
  const origins = flags.corsOrigin ?? io.env['SURVEYGRAPH_CORS_ORIGINS'] ?? '';
  return {
    graphiql: !production && flags.graphiql !== false && !off('SURVEYGRAPH_GRAPHIQL'),
    introspection:
      !production && flags.introspection !== false && !off('SURVEYGRAPH_INTROSPECTION'),
    corsOrigins: origins
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}

function envName(flag: string): string {
  return `SURVEYGRAPH_${flag.replaceAll('-', '_').toUpperCase()}`;
}

function camelCase(flag: string): string {
  return flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
}
