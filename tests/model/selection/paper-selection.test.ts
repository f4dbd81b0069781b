import { describe, expect, it } from 'vitest';
import type { PaperLookups, PaperSelection } from '../../../src/model/selection/paper-selection';
import {
  describeSelectionFailure,
  resolvePaperSelection,
} from '../../../src/model/selection/paper-selection';
import { parsePaperRef } from '../../../src/model/selection/read-paper-selection';
import { parsePaperFilterJson } from '../../../src/model/selection/paper-filter-json';

/** Papers 1…6 in list order; 2, 4 and 6 are `even`; search hits come best first. */
const lookups: PaperLookups = {
  findPaperIds: (refs) =>
    refs.map((ref) => ('paperId' in ref && ref.paperId <= 6 ? ref.paperId : undefined)),
  listPaperIds: (filter) =>
    [1, 2, 3, 4, 5, 6]
      .filter((id) => !filter.pillars?.includes('even') || id % 2 === 0)
      .filter((id) => !filter.paperIds || filter.paperIds.includes(id)),
  searchPaperIds: () => [6, 3, 2, 5, 4],
  narrowPaperIds: (ids, filter) =>
    [...new Set(ids)].filter((id) => !filter.pillars?.includes('even') || id % 2 === 0),
  listCollectionPaperIds: (name) => (name === 'mine' ? [5, 1, 5] : undefined),
};

describe('resolvePaperSelection', () => {
  it('gives every paper in list order when nothing is selected', () => {
    expect(resolvePaperSelection({ kind: 'all' }, lookups)).toEqual({
      ok: true,
      paperIds: [1, 2, 3, 4, 5, 6],
    });
  });

  it('keeps search hits best first, narrowed by the filter, then cut to the limit', () => {
    const selection: PaperSelection = {
      kind: 'search',
      query: 'x',
      filter: { pillars: ['even'] },
      limit: 2,
    };
    expect(resolvePaperSelection(selection, lookups)).toEqual({ ok: true, paperIds: [6, 2] });
  });

  it('gives a collection in its order, each paper once', () => {
    expect(resolvePaperSelection({ kind: 'collection', name: 'mine' }, lookups)).toEqual({
      ok: true,
      paperIds: [5, 1],
    });
    expect(resolvePaperSelection({ kind: 'collection', name: 'other' }, lookups)).toEqual({
      ok: false,
      reason: 'collection_not_found',
      name: 'other',
    });
  });

  it('names every reference that matches no paper', () => {
    const refs = [{ paperId: 2 }, { paperId: 9 }, { arxivId: '2501.00001' }, { key: 'doi:10.1/x' }];
    const result = resolvePaperSelection({ kind: 'papers', refs }, lookups);
    expect(result).toEqual({ ok: false, reason: 'unknown_papers', missing: refs.slice(1) });
    expect(!result.ok && describeSelectionFailure(result)).toBe(
      'no paper matches #9, arXiv:2501.00001, doi:10.1/x',
    );
  });

  it('gives the papers named in order, each once, with the paper of every reference', () => {
    const refs = [{ paperId: 4 }, { paperId: 2 }, { paperId: 4 }];
    expect(resolvePaperSelection({ kind: 'papers', refs }, lookups)).toEqual({
      ok: true,
      paperIds: [4, 2],
      refIds: [4, 2, 4],
    });
  });

  it('applies the filter before the limit: at most N matching papers', () => {
    // The best hit (6) matches, the next two (3 and 2) only partly: limit 2 must give 6 and 2.
    const selection: PaperSelection = {
      kind: 'search',
      query: 'x',
      filter: { pillars: ['even'] },
      limit: 2,
    };
    expect(resolvePaperSelection(selection, lookups)).toMatchObject({ paperIds: [6, 2] });
  });
});

describe('parsePaperRef', () => {
  it('reads arXiv ids in any spelling, and anything else as a key', () => {
    expect(parsePaperRef('arXiv:2505.05470v3')).toEqual({ arxivId: '2505.05470' });
    expect(parsePaperRef(' liu2025flowgrpo ')).toEqual({ key: 'liu2025flowgrpo' });
    expect(parsePaperRef('7916.37423')).toEqual({ key: '7916.37423' });
  });
});

describe('parsePaperFilterJson', () => {
  it('accepts the filter fields and rejects anything else, saying which fields exist', () => {
    expect(parsePaperFilterJson('{"pillars":["vla"],"hasCode":true}')).toEqual({
      ok: true,
      filter: { pillars: ['vla'], hasCode: true },
    });
    expect(parsePaperFilterJson('[1]')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/fields: pillars,/),
    });
    expect(parsePaperFilterJson('{"yearFrom":2026,"yearTo":2025}')).toEqual({
      ok: false,
      message: 'yearFrom (2026) is after yearTo (2025)',
    });
  });
});
