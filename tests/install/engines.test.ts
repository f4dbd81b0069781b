import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<
    string,
    { version?: string; engines?: { node?: string } | string[]; optional?: boolean }
  >;
};

/** Every installed package (optional platform binaries included) that states a Node range. */
const ranges = Object.entries(lock.packages).flatMap(([path, entry]) => {
  const node = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
  return path && node
    ? [{ name: `${path.replace(/^.*node_modules\//, '')}@${entry.version}`, node }]
    : [];
});

describe('a clean install on every Node the package claims', () => {
  // The lowest version of each supported major: what `engines` promises, and where we are going.
  const nodes = [semver.minVersion(pkg.engines.node)!.version, '22.15.0', '24.0.0'];

  it.each(nodes)('asks for no Node newer than %s (npm prints no EBADENGINE warning)', (node) => {
    const refusing = ranges.filter(({ node: range }) => !semver.satisfies(node, range));
    expect(refusing).toEqual([]);
  });

  it('claims the Node that its tools need (vitest and vite need 20.19)', () => {
    expect(semver.minVersion(pkg.engines.node)!.version).toBe('20.19.0');
  });
});
