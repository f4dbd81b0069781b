import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ICruiseResult, IConfiguration } from 'dependency-cruiser';
import { cruise } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const config = createRequire(import.meta.url)(
  join(root, '.dependency-cruiser.cjs'),
) as IConfiguration;

/** The cycles dependency-cruiser finds under `paths` with the project's rules. */
async function cyclesIn(paths: string[], baseDir = root): Promise<string[]> {
  const { output } = await cruise(paths, {
    ...config.options,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    baseDir,
    tsConfig: { fileName: join(root, 'tsconfig.json') },
  });
  const result = output as ICruiseResult;
  return result.summary.violations
    .filter((violation) => violation.rule.name === 'no-circular')
    .map((violation) => `${violation.from} → ${violation.to}`);
}

describe('import cycles', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'surveygraph-cycles-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are none in the source tree, type-only imports included', async () => {
    expect(await cyclesIn(['src', 'ingest', 'bench'])).toEqual([]);
  }, 60_000);

  it('are found when two files import each other, even for types only', async () => {
    writeFileSync(join(scratch, 'a.ts'), "import type { B } from './b';\nexport type A = B[];\n");
    writeFileSync(join(scratch, 'b.ts'), "import type { A } from './a';\nexport type B = A | 1;\n");
    expect(await cyclesIn(['.'], scratch)).toEqual([
      expect.stringMatching(/^(a|b)\.ts → (b|a)\.ts$/),
    ]);
  }, 60_000);
});
