import { describe, expect, it } from 'vitest';
import {
  betterCasedTitle,
  dateOfPaper,
  sameVenue,
  withListShortName,
} from '../../../src/model/paper/field-authority';
import { mergeRecordFields } from '../../../src/model/paper/merge-record-fields';
import type { Paper } from '../../../src/model/paper/paper';

const listed: Paper = {
  id: 1,
  key: 'arxiv:2505.07818',
  arxivId: '2505.07818',
  doi: null,
  title: 'Dancegrpo: unleashing grpo on visual generation',
  year: 2025,
  month: 5,
  venue: 'NeurIPS',
  dateText: 'Jun. 2025',
  published: null,
  kind: 'preprint',
  abstract: null,
};
const source = { file: 'r.jsonl', line: 1 };

describe('the authority rule', () => {
  it('dates a paper with an arXiv id by the id, whatever else says', () => {
    expect(dateOfPaper('2505.07818', 2025, 6)).toEqual({ year: 2025, month: 5 });
    expect(dateOfPaper(null, 2024, undefined)).toEqual({ year: 2024, month: null });
  });

  it("keeps the list's name prefix only when the rest is the arXiv title", () => {
    expect(withListShortName('LS-Imagine: Open-World RL', 'Open-World RL')).toBe(
      'LS-Imagine: Open-World RL',
    );
    expect(withListShortName('LS-Imagine: Open-World RL', 'Something Else')).toBe('Something Else');
  });

  it('prefers capitals that mark acronyms, never a shouted title', () => {
    expect(betterCasedTitle('More: mixture of experts', 'MoRE: Mixture of Experts')).toBe(
      'MoRE: Mixture of Experts',
    );
    expect(betterCasedTitle('MoRE: Mixture of Experts', 'MORE: MIXTURE OF EXPERTS')).toBe(
      'MoRE: Mixture of Experts',
    );
  });

  it('knows a short venue name and its full proceedings name are one venue', () => {
    expect(sameVenue('ICML', 'Forty-first International Conference on Machine Learning')).toBe(
      true,
    );
    expect(sameVenue('NeurIPS', 'NeurIPS 2024')).toBe(true);
    expect(sameVenue('ICML', 'International Conference on Learning Representations')).toBe(false);
  });

  it('lets an arXiv record override title, authors and DOI, keeping the old values as conflicts', () => {
    const merge = mergeRecordFields(listed, ['A B'], {
      format: 'jsonl',
      source,
      arxivId: '2505.07818',
      title: 'DanceGRPO: Unleashing GRPO on Visual Generation',
      authors: ['Zeyue Xue', 'Jie Wu'],
      year: 2025,
      month: 5,
    });
    expect(merge.fill.title).toBe('DanceGRPO: Unleashing GRPO on Visual Generation');
    expect(merge.authors).toEqual(['Zeyue Xue', 'Jie Wu']);
    expect(merge.conflicts.map((c) => [c.field, c.recordWon])).toEqual([
      ['title', true],
      ['authors', true],
    ]);
    expect(merge.authoritative).toEqual(['title', 'authors']);
  });

  it('lets a BibTeX record fill but not override, and never a field an arXiv record set', () => {
    const bib = {
      format: 'bibtex' as const,
      source,
      title: 'DanceGRPO: Unleashing GRPO on Visual Generation',
      year: 2026,
      venue: 'International Conference on Learning Representations',
    };
    const merge = mergeRecordFields(listed, [], bib, new Set(['title']));
    expect(merge.fill.title).toBeUndefined();
    expect(merge.fill.year).toBeUndefined();
    expect(merge.fill.venue).toBe(bib.venue);
    expect(merge.conflicts.map((c) => [c.field, c.kept, c.other])).toEqual([
      ['title', listed.title, bib.title],
      ['year', '2025', '2026'],
      ['venue', bib.venue, 'NeurIPS'],
    ]);
  });
});
