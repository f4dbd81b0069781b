import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWTH_FLAG } from '../../src/cli/limit-heap-growth';

describe('limitHeapGrowth', () => {
  it('sets a flag the V8 of this Node knows (node refuses to start with an unknown one)', () => {
    const run = spawnSync(process.execPath, [HEAP_GROWTH_FLAG, '-e', ''], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
