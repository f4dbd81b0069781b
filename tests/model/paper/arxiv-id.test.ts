import { describe, expect, it } from 'vitest';
import {
  arxivIdYearMonth,
  findArxivIdInUrl,
  findIdLikeToken,
  parseArxivId,
} from '../../../src/model/paper/arxiv-id';

describe('parseArxivId', () => {
  it('accepts a five-digit new-style id and strips the version', () => {
    expect(parseArxivId('2503.07365v2')).toEqual({ ok: true, id: '2503.07365', version: 2 });
  });

  it('accepts the arXiv: prefix and four-digit ids before 2015', () => {
    expect(parseArxivId('arXiv:1412.6980')).toMatchObject({ ok: true, id: '1412.6980' });
  });

  it('accepts old-style ids with an archive', () => {
    expect(parseArxivId('hep-th/9901001')).toMatchObject({ ok: true, id: 'hep-th/9901001' });
    expect(parseArxivId('math.GT/0309136')).toMatchObject({ ok: true, id: 'math.GT/0309136' });
  });

  it('rejects a month that does not exist', () => {
    expect(parseArxivId('7916.37423')).toMatchObject({
      ok: false,
      reason: 'month 16 does not exist',
    });
  });

  it('rejects the wrong number of digits for the year', () => {
    expect(parseArxivId('2505.1234')).toMatchObject({ ok: false });
    expect(parseArxivId('1201.12345')).toMatchObject({ ok: false });
  });

  it('rejects new-style ids before April 2007', () => {
    expect(parseArxivId('0703.1234')).toMatchObject({ ok: false });
  });
});

describe('findArxivIdInUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2503.07365', '2503.07365'],
    ['https://arxiv.org/pdf/2503.24376', '2503.24376'],
    ['https://arxiv.org/pdf/2503.24376v3.pdf', '2503.24376'],
    ['https://www.arxiv.org/abs/2505.23558', '2505.23558'],
    ['https://arxiv.org/html/2506.04559v1', '2506.04559'],
    ['https://arxiv.org/pdf/2504.11455?', '2504.11455'],
    ['http://export.arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001'],
  ])('reads %s as %s', (url, id) => {
    expect(findArxivIdInUrl(url)).toMatchObject({ ok: true, id });
  });

  it('returns undefined for URLs that are not on arXiv', () => {
    expect(findArxivIdInUrl('https://github.com/x/2503.07365')).toBeUndefined();
  });

  it('reports an arXiv URL whose id is impossible', () => {
    expect(findArxivIdInUrl('https://arxiv.org/abs/2513.00001')).toMatchObject({ ok: false });
  });
});

describe('findIdLikeToken', () => {
  it('finds the impossible id a naive reader sees inside an ACM DOI link', () => {
    expect(findIdLikeToken('https://dl.acm.org/doi/10.5555/3737916.3742342')).toMatchObject({
      ok: false,
      candidate: '7916.37423',
    });
  });
});

describe('arxivIdYearMonth', () => {
  it('returns the month an id was issued in', () => {
    expect(arxivIdYearMonth('2505.20793')).toEqual({ year: 2025, month: 5 });
    expect(arxivIdYearMonth('hep-th/9901001')).toEqual({ year: 1999, month: 1 });
  });
});
