import { resolve } from 'node:path';

/**
 * The checkout's root seen from a module `depth` folders below it. The sources (src/store,
 * src/cli) and the bundle (dist/cli) are both two folders down, so db/ and its migrations,
 * ontology and corpus are read from one place whichever of the two runs.
 */
export function checkoutRoot(moduleDir: string, depth: number): string {
  return resolve(moduleDir, ...Array<string>(depth).fill('..'));
}
