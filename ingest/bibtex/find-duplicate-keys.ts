import type { Finding } from '../types';
import type { LocatedEntry } from './locate-bibtex-entries';

/**
 * Citation keys are case-insensitive and should be unique in a file. All entries are kept (they
 * may describe different papers); each repetition is reported, saying whether it repeats an
 * earlier entry exactly or reuses the key for different content.
 */
export function findDuplicateKeys(entries: LocatedEntry[], file: string): Finding[] {
  const earlierByKey = new Map<string, LocatedEntry[]>();
  return entries.flatMap((located): Finding[] => {
    const key = located.entry.key.toLowerCase();
    const earlier = earlierByKey.get(key) ?? [];
    earlierByKey.set(key, [...earlier, located]);
    if (earlier.length === 0) return [];
    const where = `${file}:${located.line}`;
    const same = earlier.find((other) => sameText(other.entry.input, located.entry.input));
    if (same) {
      const reason = `entry ${located.entry.key} repeats the entry at line ${same.line}`;
      return [{ where, code: 'duplicate-entry', reason }];
    }
    const lines = earlier.map((other) => other.line).join(', ');
    const reason = `key ${located.entry.key} is also used at line ${lines} for different content; all are kept`;
    return [{ where, code: 'duplicate-key', reason }];
  });
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ');
}
