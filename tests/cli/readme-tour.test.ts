import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { regenerateReadmeTour } from '../../src/cli/readme-tour';
import { describeWithSharedData } from '../support/shared-data';

const root = join(import.meta.dirname, '../..');

describeWithSharedData('the README tour', () => {
  it('shows exactly what the commands print on a fresh database (run `npm run readme:tour`)', async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toMatch(/<!-- tour lines=\d+ -->/);
    expect(await regenerateReadmeTour(readme, root)).toBe(readme);
  }, 120_000);
});
