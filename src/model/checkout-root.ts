import { basename, resolve } from 'node:path';

/**
 * The checkout's root seen from a module `depth` folders below it: the same for the TypeScript
 * sources (src/store) and their compiled copy (dist/src/store), so db/ and its migrations,
 * ontology and corpus are read from one place whichever of the two runs.
 */
export function checkoutRoot(moduleDir: string, depth: number): string {
  const up = resolve(moduleDir, ...Array<string>(depth).fill('..'));
  return basename(up) === 'dist' ? resolve(up, '..') : up;
}
