import { describe, expect, it } from 'vitest';
import { lintAwesomeList } from '../../../ingest/awesome-list/lint-awesome-list';
import { normaliseTitle } from '../../../src/model/paper/title-key';
import { parseFixture } from './read-fixture';

function lint(name: string) {
  return lintAwesomeList(parseFixture(name));
}

describe('when one arXiv id is listed under two different titles', () => {
  const name = 'same id under two titles.md';

  it('returns conflicting-id at both lines, each naming the other title', () => {
    const conflicts = lint(name).filter((finding) => finding.code === 'conflicting-id');
    expect(conflicts.map((finding) => finding.where)).toEqual([`${name}:3`, `${name}:7`]);
    expect(conflicts[0]!.reason).toContain('CoWorld: Making Offline RL Online');
    expect(conflicts[1]!.reason).toContain('UI-R1');
  });
});

describe('when a list repeats papers and mixes arXiv link forms', () => {
  const name = 'list with duplicates and mixed link forms.md';
  const findings = lint(name);

  it('returns duplicate-in-section for the repeat in the same section only', () => {
    const duplicates = findings.filter((finding) => finding.code === 'duplicate-in-section');
    expect(duplicates.map((finding) => finding.where)).toEqual([`${name}:5`]);
    expect(duplicates[0]!.reason).toContain('line 3');
  });

  it('returns mixed-arxiv-link-forms once per paper, naming the lines of each form', () => {
    const mixed = findings.filter((finding) => finding.code === 'mixed-arxiv-link-forms');
    expect(mixed).toEqual([
      {
        where: `${name}:3`,
        code: 'mixed-arxiv-link-forms',
        reason: 'arXiv 2503.07365 is linked as /abs/ (lines 3, 9) and as /pdf/ (line 5)',
      },
    ]);
  });

  it('returns conflicting-id for the same id under another title in another section', () => {
    const conflicts = findings.filter((finding) => finding.code === 'conflicting-id');
    expect(conflicts.map((finding) => finding.where)).toEqual([`${name}:4`, `${name}:10`]);
  });
});

describe('when the parser warned about or skipped entries', () => {
  it('returns its warnings and skips among the findings, sorted by line', () => {
    const name = 'entries hidden in comments and code blocks.md';
    const findings = lintAwesomeList({
      ...parseFixture(name),
      warnings: [{ where: `${name}:14`, code: 'unreadable-date', reason: 'made up' }],
    });
    expect(findings.map((finding) => `${finding.code} ${finding.where}`)).toEqual([
      `hidden-in-comment ${name}:6`,
      `hidden-in-comment ${name}:13`,
      `unreadable-date ${name}:14`,
      `in-code-block ${name}:19`,
    ]);
  });

  it('returns badge, id and date findings from the parser', () => {
    const codes = lint('badges that promise the wrong host.md').map((finding) => finding.code);
    expect(codes).toEqual([
      'badge-kind-mismatch',
      'invalid-arxiv-id',
      'badge-kind-mismatch',
      'invalid-arxiv-id',
    ]);
  });
});

describe('when titles differ only in case, punctuation or Unicode form', () => {
  it('returns the same normalised title', () => {
    expect(normaliseTitle('Reinforcement Pre\u2011Training')).toBe('reinforcement pre training');
    expect(normaliseTitle('  ＭＭ-Eureka:  Rule-based RL! ')).toBe('mm eureka rule based rl');
  });
});
