import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, it } from 'vitest';
import { lintAwesomeList } from '../../../ingest/awesome-list/lint-awesome-list';
import type { ParsedAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';
import { parseAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';
import { decodeText } from '../../../ingest/text/decode-text';
import { describeWithSharedData, sharedAwesomeListFiles } from '../../support/shared-data';

/** Entry counts the data README gives (entries in comments and code blocks excluded). */
const EXPECTED_COUNTS: Record<string, number> = {
  'README.2025-08-16.1628528.md': 181,
  'README.2025-09-19.45e05ba.md': 205,
  'README.2026-02-10.7441bd7.md': 228,
};

const PILLARS = [
  'Multi-Modal Large Language Models with RL',
  'Visual Generation with RL',
  'RL for Unified Model',
  'Vision Language Action Models with RL',
];

function parseShared(path: string): ParsedAwesomeList {
  const name = basename(path);
  return parseAwesomeList(decodeText(readFileSync(path), name), name);
}

function entryWithId(parsed: ParsedAwesomeList, arxivId: string) {
  const entry = parsed.records.find((record) => record.arxivId === arxivId);
  if (!entry) throw new Error(`no entry with arXiv ${arxivId}`);
  return entry;
}

describeWithSharedData('when the three shared versions of the awesome-list are parsed', () => {
  const versions = sharedAwesomeListFiles().map((path) => ({
    name: basename(path),
    parsed: parseShared(path),
  }));

  it('returns the three dated versions', () => {
    expect(versions.map((version) => version.name)).toEqual(Object.keys(EXPECTED_COUNTS));
  });

  it.each(Object.entries(EXPECTED_COUNTS))(
    'returns the data README count for %s',
    (name, count) => {
      expect(versions.find((version) => version.name === name)?.parsed.records).toHaveLength(count);
    },
  );

  it('returns the H1 as the title and never the TOC heading as a section', () => {
    for (const { parsed } of versions) {
      expect(parsed.title).toMatch(/^Awesome-/);
      const paths = parsed.sections.map((section) => section.path.join(' > '));
      expect(paths.filter((path) => /contents|news/i.test(path))).toEqual([]);
    }
  });

  it('returns the four pillars as top-level sections', () => {
    for (const { parsed } of versions) {
      const topLevel = parsed.sections.filter((section) => section.path.length === 1);
      expect(topLevel.map((section) => section.path[0])).toEqual(expect.arrayContaining(PILLARS));
    }
  });

  it('returns MM-Eureka with its arXiv id, date and code link', () => {
    for (const { parsed } of versions) {
      expect(entryWithId(parsed, '2503.07365')).toMatchObject({
        title: expect.stringMatching(/^MM-Eureka: /),
        year: 2025,
        month: 3,
        sectionPath: ['Benchmarks environments and datasets with Visual RL', 'MLLM'],
        links: expect.arrayContaining([
          { kind: 'code', url: 'https://github.com/ModalMinds/MM-EUREKA', label: 'Star' },
        ]),
      });
    }
  });

  it('returns the 7916.37423 token of the ACM link as an invalid id, not as an id', () => {
    for (const { parsed } of versions) {
      const invalid = parsed.warnings.filter((warning) => warning.code === 'invalid-arxiv-id');
      expect(invalid).toHaveLength(1);
      expect(invalid[0]!.reason).toMatch(/"7916\.37423".*month 16/);
      expect(parsed.records.some((entry) => entry.arxivId?.startsWith('7916'))).toBe(false);
      const acm = parsed.records.find((entry) => entry.doi === '10.5555/3737916.3742342');
      expect(acm).toMatchObject({ venue: 'NeurIPS', year: 2024, kind: 'publication' });
    }
  });

  it('returns both entries that carry 2305.15260, and lint reports the conflict', () => {
    for (const { parsed } of versions) {
      const titles = parsed.records
        .filter((entry) => entry.arxivId === '2305.15260')
        .map((entry) => entry.title.split(':')[0]);
      expect(titles).toEqual(['UI-R1', 'CoWorld']);
      const conflicts = lintAwesomeList(parsed).filter((f) => f.code === 'conflicting-id');
      expect(conflicts).toHaveLength(2);
    }
  });

  it('returns "(2025, ICLR oral)" as 2025 at ICLR and "Jl. 2025" as July', () => {
    for (const { parsed } of versions) {
      expect(entryWithId(parsed, '2410.03618')).toMatchObject({
        year: 2025,
        venue: 'ICLR',
        dateText: '2025, ICLR oral',
        kind: 'publication',
      });
      const pixels = parsed.records.find((entry) => entry.title.startsWith('Can RL From Pixels'));
      expect(pixels).toMatchObject({ year: 2025, month: 7, kind: 'blog' });
    }
  });

  it('returns the commented-out entries as skipped, and the example in the code block', () => {
    const skipped = versions.map(({ parsed }) => parsed.skipped.map((finding) => finding.code));
    expect(skipped.map((codes) => codes.filter((code) => code === 'hidden-in-comment'))).toEqual([
      Array(6).fill('hidden-in-comment'),
      Array(6).fill('hidden-in-comment'),
      Array(6).fill('hidden-in-comment'),
    ]);
    expect(skipped.map((codes) => codes.filter((code) => code === 'in-code-block').length)).toEqual(
      [0, 1, 1],
    );
  });

  it('returns no news item, table-of-contents link or the survey itself as an entry', () => {
    for (const { parsed } of versions) {
      expect(parsed.records.filter((entry) => entry.url.startsWith('#'))).toEqual([]);
      expect(parsed.records.filter((entry) => entry.arxivId === '2508.08189')).toEqual([]);
    }
  });

  it('returns a warning where a date contradicts the arXiv id', () => {
    const newest = versions.at(-1)!.parsed;
    const mismatches = newest.warnings.filter((warning) => warning.code === 'date-id-mismatch');
    expect(mismatches.map((warning) => warning.reason)).toContainEqual(
      expect.stringMatching(/One RL to See Them All.*dated Mar 2025.*May 2025/),
    );
  });
});
