import type { GraphQLResolveInfo } from 'graphql';
import { __Type, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { ApiContext } from '../../src/api/context';
import { schema } from '../../src/api/schema';
import { createTestGraph, ingestMarkdown } from '../support/graph';
import { generateList } from '../support/app';

describe('every resolver of the schema', () => {
  const { db, index } = createTestGraph();
  ingestMarkdown(db, generateList(4), 'generated.md');
  const context = (signal?: AbortSignal): ApiContext => ({
    db,
    index: index(),
    canWrite: false,
    writesEnabled: false,
    ...(signal ? { signal } : {}),
  });
  const pillars = schema.getQueryType()!.getFields()['pillars']!.resolve!;
  const info = {} as GraphQLResolveInfo;

  it('runs while its operation may go on, and not once the operation is aborted', () => {
    expect(pillars(undefined, {}, context(), info)).toHaveLength(4);
    expect(pillars(undefined, {}, context(new AbortController().signal), info)).toHaveLength(4);
    const stopped = new AbortController();
    const reason = new Error('time is up');
    stopped.abort(reason);
    expect(() => pillars(undefined, {}, context(stopped.signal), info)).toThrow(reason);
  });

  it('leaves fields without a resolver without one, so the compiled executor reads them inline', () => {
    const paper = schema.getType('Paper');
    expect(isObjectType(paper) && paper.getFields()['title']!.resolve).toBeUndefined();
  });

  it('leaves the introspection types (shared by every schema of graphql-js) as they are', () => {
    expect(schema.getType('__Type')).toBe(__Type);
    const stopped = new AbortController();
    stopped.abort();
    const name = __Type.getFields()['name']!.resolve!;
    expect(name(schema.getType('Paper'), {}, context(stopped.signal), info)).toBe('Paper');
  });
});
