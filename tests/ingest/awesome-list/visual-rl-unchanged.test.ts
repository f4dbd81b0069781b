import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect, it } from 'vitest';
import { parseAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';
import { decodeText } from '../../../ingest/text/decode-text';
import { describeWithSharedData, sharedAwesomeListFiles } from '../../support/shared-data';
import { fingerprintParse } from './parse-fingerprint';

/**
 * Digests of the three versions as the parser read them before it learnt tables, numbered
 * lists and nested entries (commit 45752d5). Reading more styles must not change a single fact
 * or finding of the bullet style; a changed digest means it did.
 */
const BEFORE_ISSUE_7: Record<string, string> = {
  'README.2025-08-16.1628528.md': 'f8e287426c86fb5a',
  'README.2025-09-19.45e05ba.md': 'f476296e51e092c4',
  'README.2026-02-10.7441bd7.md': '87fc9d1a77af2a9b',
};

describeWithSharedData('when the visual-rl versions are parsed by the many-styles parser', () => {
  it.each(sharedAwesomeListFiles().map((path) => [basename(path), path]))(
    'returns exactly the papers, sections and findings of before for %s',
    (name, path) => {
      const parsed = parseAwesomeList(decodeText(readFileSync(path), name), name);
      expect(fingerprintParse(parsed)).toBe(BEFORE_ISSUE_7[name]);
    },
  );

  it.each(sharedAwesomeListFiles().map((path) => [basename(path), path]))(
    'returns the survey 2508.08189 apart and every linked arXiv paper understood for %s',
    (name, path) => {
      const parsed = parseAwesomeList(decodeText(readFileSync(path), name), name);
      expect(parsed.survey).toMatchObject({ arxivId: '2508.08189', title: /A Survey$/ });
      expect(parsed.coverage.notUnderstood).toEqual([]);
      expect(parsed.coverage.entries + 1).toBe(parsed.coverage.linked);
    },
  );
});
