import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-paths';

/** Bump when the shape of a cached value changes. */
const CACHE_VERSION = 1;
const CACHE_DIR = join(PROJECT_ROOT, '.cache', 'parsed');

/**
 * `parse()`'s result, reused while the files it reads are byte for byte the same. Our curated
 * YAML takes 0.3–0.7 s to parse and validate, more than a whole search command should cost; the
 * JSON copy reads in about a millisecond. Keyed by the files' content, so an edit is seen at
 * once; a cache that cannot be written (read-only install) is skipped, never an error.
 */
export function parseWithCache<T>(name: string, files: readonly string[], parse: () => T): T {
  const hash = createHash('sha256').update(`${CACHE_VERSION}\0${name}`);
  for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
  const path = join(CACHE_DIR, `${name}-${hash.digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    // Missing or unreadable: parse below.
  }
  const value = parse();
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, path);
  } catch {
    // A read-only checkout still works, only slower.
  }
  return value;
}
