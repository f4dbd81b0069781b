import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder';
import { stopWhenAborted } from './stop-when-aborted';
import { guardMutations } from './write-access';
import './types/algorithm';
import './types/author';
import './types/benchmark';
import './types/collection-mutations';
import './types/curated-list';
import './types/collection-paper-mutations';
import './types/deleted-collection';
import './types/export';
import './types/paper';
import './types/paper-connections';
import './types/paper-facts';
import './types/paradigm';
import './types/pillar';
import './types/reward-type';
import './types/analysis';
import './types/search';
import './types/section';
import './types/venue';
import './types/paper-citations';
import './types/citation-analysis';
import './types/citation-graph-export';
import './types/related-citations';
import './types/node-query';

/**
 * Every mutation needs the write token (checked once here, not by each mutation); every resolver
 * first checks that its operation may go on.
 */
export const schema = stopWhenAborted(guardMutations(builder.toSchema()));

/** The SDL committed as schema.graphql; a test fails when the file is stale. */
export function printSchemaSdl(): string {
  return printSchema(lexicographicSortSchema(schema));
}
