import { describe, expect, it } from 'vitest';
import { assignCitationKeys, baseCitationKey } from '../../../src/model/paper/citation-key';
import { generatePapers } from '../../export/generated-papers';
import {
  arxivOnlyPaperWithAccentedAuthors,
  blogPostWithoutAuthors,
  corporateAuthorPaper,
  firstOfTwoPapersCollidingOnKey,
  samplePapers,
  secondOfTwoPapersCollidingOnKey,
  titleWithInlineMath,
  titleWithLatexSpecials,
} from '../../export/paper-fixtures';

describe('baseCitationKey', () => {
  it('joins the first author family name, the year and the first significant title word', () => {
    expect(baseCitationKey(arxivOnlyPaperWithAccentedAuthors)).toBe('meng2025mmeureka');
  });

  it('skips stopwords such as "towards" and strips accents', () => {
    expect(baseCitationKey(secondOfTwoPapersCollidingOnKey)).toBe('wang2025diffusion');
    const accented = { ...titleWithLatexSpecials, authors: ['Zoë Ørsted-Ålund'] };
    expect(baseCitationKey(accented)).toBe('orstedalund2025reasoning');
  });

  it('reads TeX math in a title as the letters it names', () => {
    expect(baseCitationKey(titleWithInlineMath)).toBe('black2025pi0');
  });

  it('uses an organization name as a whole', () => {
    expect(baseCitationKey(corporateAuthorPaper)).toBe('glmvteam2025glm45v');
  });

  it('falls back to the first two title words when there are no authors', () => {
    expect(baseCitationKey(blogPostWithoutAuthors)).toBe('group2025relative');
  });
});

describe('assignCitationKeys', () => {
  it('gives a shared key to the oldest paper and the suffix a to the next, in paper-id order', () => {
    const keys = assignCitationKeys(
      [secondOfTwoPapersCollidingOnKey, firstOfTwoPapersCollidingOnKey],
      new Map(),
    );
    expect(keys.get(firstOfTwoPapersCollidingOnKey.paper.id)).toBe('wang2025diffusion');
    expect(keys.get(secondOfTwoPapersCollidingOnKey.paper.id)).toBe('wang2025diffusiona');
  });

  it('keeps keys that were given out before, even when they no longer match', () => {
    const existing = new Map([[arxivOnlyPaperWithAccentedAuthors.paper.id, 'MengEureka2025']]);
    const keys = assignCitationKeys(samplePapers, existing);
    expect(keys.get(arxivOnlyPaperWithAccentedAuthors.paper.id)).toBe('MengEureka2025');
  });

  it('never hands a new paper a key that an earlier export gave to another paper', () => {
    const existing = new Map([[999, 'wang2025diffusion']]);
    const keys = assignCitationKeys([firstOfTwoPapersCollidingOnKey], existing);
    expect(keys.get(firstOfTwoPapersCollidingOnKey.paper.id)).toBe('wang2025diffusiona');
  });

  it('never hands a paper a retired key (a provisional key replaced once authors arrived)', () => {
    const retired = new Set(['wang2025diffusion']);
    const keys = assignCitationKeys([firstOfTwoPapersCollidingOnKey], new Map(), retired);
    expect(keys.get(firstOfTwoPapersCollidingOnKey.paper.id)).toBe('wang2025diffusiona');
  });

  it('gives the same keys whatever order the papers come in', () => {
    const forward = assignCitationKeys(samplePapers, new Map());
    const backward = assignCitationKeys([...samplePapers].reverse(), new Map());
    expect(new Map([...backward].sort(([a], [b]) => a - b))).toEqual(
      new Map([...forward].sort(([a], [b]) => a - b)),
    );
  });

  it('returns one key per paper, in the order given', () => {
    const keys = assignCitationKeys(samplePapers, new Map());
    expect([...keys.keys()]).toEqual(samplePapers.map(({ paper }) => paper.id));
  });

  describe('when 250 generated papers collide often', () => {
    const papers = generatePapers(250);
    const keys = assignCitationKeys(papers, new Map());

    it('gives every paper a unique lower-case ASCII key', () => {
      expect(keys.size).toBe(250);
      expect(new Set(keys.values()).size).toBe(250);
      for (const key of keys.values()) expect(key).toMatch(/^[a-z0-9]+$/);
    });

    it('keeps every existing key and stays unique when more papers are added', () => {
      const more = generatePapers(300);
      const extended = assignCitationKeys(more, keys);
      for (const [id, key] of keys) expect(extended.get(id)).toBe(key);
      expect(new Set(extended.values()).size).toBe(300);
    });
  });
});
