import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArxivResponseCache } from './fetch-arxiv';

/**
 * A directory of cached API responses, one file per key named by the key's SHA-256. This is the
 * only file in ingest/arxiv that does I/O; the fetcher receives it as a dependency.
 */
export function createFileCache(dir: string): ArxivResponseCache {
  const pathOf = (key: string) =>
    join(dir, `${createHash('sha256').update(key).digest('hex')}.txt`);
  return {
    async get(key) {
      try {
        return await readFile(pathOf(key), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async set(key, value) {
      await mkdir(dir, { recursive: true });
      // Write then rename, so a reader never sees half a response.
      const temporary = `${pathOf(key)}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, value, 'utf8');
      await rename(temporary, pathOf(key));
    },
  };
}
