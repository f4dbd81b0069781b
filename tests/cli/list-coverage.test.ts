import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';

const styles = join(import.meta.dirname, '../ingest/awesome-list/fixtures');
const SURVEYED = join(styles, 'list with its survey in a citation block.md');

/** A list whose papers are written in a style nobody reads: links inside prose sentences. */
function writePoorlyUnderstoodList(): string {
  const path = join(tempDir(), 'prose.md');
  const lines = ['# Prose', '', '## Papers', ''];
  for (let i = 1; i <= 4; i++) {
    lines.push(`See how [this work](https://arxiv.org/abs/2501.0000${i}) does it, in prose.`, '');
  }
  lines.push('- [A Real Entry](https://arxiv.org/abs/2502.00001)');
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('surveygraph ingest of a list', () => {
  it('prints the survey and the share of arXiv links that became papers', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const result = await run(['ingest', '--db', db, SURVEYED]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  survey: "A survey of reinforcement learning for large reasoning models" (arXiv 2509.08827), not a listed paper',
    );
    expect(result.stdout).toContain(
      "  arXiv links: 2 of 3 linked arXiv papers became entries or the list's survey (66.7%); 1 only in skipped items",
    );
  });

  it('warns about a poorly understood list and names its lines', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const result = await run(['ingest', '--db', db, writePoorlyUnderstoodList()]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/arXiv links: 1 of 5 .*\(20\.0%\); 4 not understood/);
    expect(result.stdout).toMatch(/! prose\.md low-coverage: only 1 of 5/);
    expect(result.stdout).toMatch(
      /! prose\.md:5 link-not-understood: arXiv 2501\.00001 is linked here/,
    );
  });

  it('refuses it under --strict and writes nothing', async () => {
    const db = join(tempDir(), 'g.sqlite');
    const result = await run(['ingest', '--strict', '--db', db, writePoorlyUnderstoodList()]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/--strict: lists poorly understood; nothing was written/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('surveygraph lint of a poorly understood list', () => {
  it('exits 1 naming the lines whose links were not understood', async () => {
    const result = await run(['lint', writePoorlyUnderstoodList()]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/prose\.md: low-coverage: only 1 of 5/);
    expect(result.stdout.match(/link-not-understood/g)).toHaveLength(4);
    expect(result.stderr).toMatch(/prose\.md: 1 of 5 linked arXiv papers became entries/);
  });
});
