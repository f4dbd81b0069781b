import type { Command } from 'commander';
import { graphql } from 'graphql';
import { schema } from '../api/schema';
import type { CliIo } from './io';
import { UsageError } from './io';
import { localContext, openGraph } from './open-graph';
import { resolveDbPath } from './paths';

export function registerQueryCommand(program: Command, io: CliIo): void {
  program
    .command('query')
    .description('Run a GraphQL document against the database in-process and print the JSON result')
    .argument(
      '<document>',
      "GraphQL query, e.g. '{ papers(first: 3) { edges { node { title } } } }'",
    )
    .option('--variables <json>', 'variables as a JSON object')
    .option('--db <path>', 'database file')
    .action(async (document: string, options: { variables?: string; db?: string }) => {
      const variableValues = parseVariables(options.variables);
      const graph = openGraph(resolveDbPath(options.db, io));
      try {
        const result = await graphql({
          schema,
          source: document,
          variableValues,
          contextValue: localContext(graph),
        });
        io.out(JSON.stringify(result, null, 2));
        if (result.errors?.length) throw new UsageError('the query returned errors', 1);
      } finally {
        graph.db.close();
      }
    });
}

function parseVariables(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new UsageError(`--variables must be a JSON object, got: ${text}`);
}
