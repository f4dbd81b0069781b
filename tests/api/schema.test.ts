import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  GraphQLObjectType,
  GraphQLInputObjectType,
  GraphQLEnumType,
  GraphQLInterfaceType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../../src/api/schema';

const committed = readFileSync(join(import.meta.dirname, '../../schema.graphql'), 'utf8');

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` after changing the API)', () => {
    expect(committed.trimEnd()).toBe(printSchemaSdl().trimEnd());
  });

  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema(committed);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (
        type instanceof GraphQLObjectType ||
        type instanceof GraphQLInterfaceType ||
        type instanceof GraphQLInputObjectType
      ) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (type instanceof GraphQLEnumType) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
