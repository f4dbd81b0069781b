import type { GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/api/schema';
import { paperFilterJsonFields } from '../../src/model/selection/paper-filter-json';

describe('PaperFilterInput and the JSON filter of the CLI and HTTP', () => {
  it('name their fields the same', () => {
    const input = schema.getType('PaperFilterInput') as GraphQLInputObjectType;
    expect([...paperFilterJsonFields].sort()).toEqual(Object.keys(input.getFields()).sort());
  });
});
