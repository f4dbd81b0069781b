import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';
import { parseAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';

export function readFixture(name: string): string {
  return readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
}

/** Parses `fixtures/<name>` under its own name, so findings read `<name>:<line>`. */
export function parseFixture(name: string): ParsedAwesomeList {
  return parseAwesomeList(readFixture(name), name);
}
