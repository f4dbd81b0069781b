import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { readServerLimits, readServerSwitches } from '../../src/cli/server-options';
import { DEFAULT_LIMITS } from '../../src/server/server-limits';

const io = (env: NodeJS.ProcessEnv): CliIo => ({
  out: () => {},
  err: () => {},
  interactive: false,
  env,
  cwd: '.',
});

describe('serve limits and switches', () => {
  it('take flags over environment variables over defaults', () => {
    const limits = readServerLimits(
      { maxCost: '900' },
      io({ SURVEYGRAPH_MAX_COST: '5', SURVEYGRAPH_MAX_DEPTH: '4' }),
    );
    expect(limits).toEqual({ ...DEFAULT_LIMITS, maxCost: 900, maxDepth: 4 });
  });

  it('refuse a limit that is not a whole number', () => {
    expect(() => readServerLimits({ maxDepth: 'deep' }, io({}))).toThrow(
      '--max-depth must be a whole number of at least 1 (got "deep")',
    );
  });

  it('close CORS, and keep GraphiQL and introspection on, unless told otherwise', () => {
    expect(readServerSwitches({}, io({}))).toEqual({
      graphiql: true,
      introspection: true,
      corsOrigins: [],
    });
    expect(
      readServerSwitches(
        { corsOrigin: 'https://a.example, https://b.example' },
        io({ NODE_ENV: 'production' }),
      ),
    ).toEqual({
      graphiql: false,
      introspection: false,
      corsOrigins: ['https://a.example', 'https://b.example'],
    });
    expect(readServerSwitches({}, io({ SURVEYGRAPH_INTROSPECTION: '0' })).introspection).toBe(
      false,
    );
  });
});
