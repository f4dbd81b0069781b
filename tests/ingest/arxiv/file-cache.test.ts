import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileCache } from '../../../ingest/arxiv/file-cache';

describe('createFileCache', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  async function freshDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'surveygraph-cache-'));
    dirs.push(dir);
    return join(dir, 'arxiv');
  }

  it('returns undefined for a key it has not stored, even before the directory exists', async () => {
    expect(await createFileCache(await freshDir()).get('https://x/?id_list=1')).toBeUndefined();
  });

  it('returns what was stored, in a file named by the sha256 of the key', async () => {
    const dir = await freshDir();
    const cache = createFileCache(dir);
    await cache.set('https://x/?id_list=1', '<feed/>');
    expect(await cache.get('https://x/?id_list=1')).toBe('<feed/>');
    expect(await readdir(dir)).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.txt$/)]);
  });
});
