import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder';
import './types/author';
import './types/paper';
import './types/paper-connections';
import './types/paper-facts';
import './types/pillar';
import './types/search';
import './types/section';

export const schema = builder.toSchema();

/** The SDL committed as schema.graphql; a test fails when the file is stale. */
export function printSchemaSdl(): string {
  return printSchema(lexicographicSortSchema(schema));
}
