import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';
import { describeWithSharedData, sharedAwesomeListFiles } from '../support/shared-data';

const conflict = join(import.meta.dirname, '../ingest/fixtures/one arxiv id under two titles.md');

describe('surveygraph lint', () => {
  it('prints one finding per line with file:line and exits 1', async () => {
    const result = await run(['lint', conflict]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(
      lines.some((l) => /one arxiv id under two titles\.md:\d+: conflicting-id: /.test(l)),
    ).toBe(true);
  });

  it('exits 0 on a clean list', async () => {
    const path = join(tempDir(), 'clean.md');
    writeFileSync(
      path,
      '# L\n\n### A\n\n+ [Title](https://arxiv.org/abs/2501.00001) (Jan. 2025)\n',
    );
    const result = await run(['lint', path]);
    expect(result).toMatchObject({ code: 0, stdout: '1 file(s): no findings' });
  });

  it('prints JSON findings with --json and can ignore codes', async () => {
    const json = JSON.parse((await run(['lint', '--json', conflict])).stdout) as {
      code: string;
      where: string;
    }[];
    expect(json.map((f) => f.code)).toContain('conflicting-id');
    const ignored = await run(['lint', '--ignore', 'conflicting-id,date-id-mismatch', conflict]);
    expect(ignored.code).toBe(0);
  });

  it('exits 2 on input that is not a readable list', async () => {
    const result = await run(['lint', join(tempDir(), 'missing.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.md: no such file/);
  });
});

describeWithSharedData('surveygraph lint on the real list', () => {
  it('reports the invalid id, the conflicting id and the duplicates of the newest version', async () => {
    const newest = sharedAwesomeListFiles().at(-1)!;
    const findings = JSON.parse((await run(['lint', '--json', newest])).stdout) as {
      code: string;
      where: string;
      reason: string;
    }[];
    const codes = new Set(findings.map((f) => f.code));
    for (const code of [
      'invalid-arxiv-id',
      'conflicting-id',
      'duplicate-in-section',
      'date-id-mismatch',
      'hidden-in-comment',
      'badge-kind-mismatch',
      'mixed-arxiv-link-forms',
    ]) {
      expect(codes).toContain(code);
    }
    expect(findings.find((f) => f.code === 'invalid-arxiv-id')!.reason).toMatch(/7916\.37423/);
  });
});
