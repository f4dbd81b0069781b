import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'vitest';

/** The real public data the project is tested against; it lives beside the repo, never in it. */
export const sharedDataDir = resolve(import.meta.dirname, '../../../shared/data/visual-rl');

export const hasSharedData = existsSync(sharedDataDir);

if (!hasSharedData) {
  console.warn(
    `[surveygraph tests] ${sharedDataDir} is absent: tests over the real shared data are skipped.`,
  );
}

/**
 * `describe` over the real shared data. When ../shared is not beside the checkout the suite is
 * reported as skipped, with why, and its body never runs (so it may read the files at the top).
 */
export function describeWithSharedData(name: string, body: () => void): void {
  if (hasSharedData) describe(name, body);
  else describe.skip(name, () => it.skip(`needs ${sharedDataDir}, which is absent`, () => {}));
}

export function sharedFile(...parts: string[]): string {
  return join(sharedDataDir, ...parts);
}

/** The dated versions of the upstream awesome-list, oldest first. */
export function sharedAwesomeListFiles(): string[] {
  if (!hasSharedData) return [];
  const dir = join(sharedDataDir, 'awesome');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(dir, name));
}

/** Other surveys' real awesome-lists, in styles the first corpus does not use. */
export const sharedListsDir = resolve(import.meta.dirname, '../../../shared/data/lists');

/** Like `describeWithSharedData`, for the lists in ../shared/data/lists. */
export function describeWithSharedLists(name: string, body: () => void): void {
  if (existsSync(sharedListsDir)) describe(name, body);
  else describe.skip(name, () => it.skip(`needs ${sharedListsDir}, which is absent`, () => {}));
}
