import { describe, expect, it } from 'vitest';
import type {
  RawPaperSelection,
  SelectionRules,
} from '../../../src/model/selection/read-paper-selection';
import {
  readPaperRef,
  readPaperSelection,
} from '../../../src/model/selection/read-paper-selection';

const flags: SelectionRules = {
  names: {
    refs: 'PAPER…',
    arxivIds: '--arxiv',
    filter: '--filter',
    search: '--search',
    limit: '--limit',
  },
  purpose: 'collection',
};
const exports: SelectionRules = { names: {}, purpose: 'export' };
const read = (raw: RawPaperSelection, rules = flags) => readPaperSelection(raw, rules);

describe('readPaperSelection', () => {
  it('reads papers named in any form, in the order given', () => {
    expect(
      read({
        paperIds: [7],
        arxivIds: ['arXiv:2505.05470v2'],
        refs: ['2503.07365', ' liu2025flowgrpo '],
      }),
    ).toEqual({
      ok: true,
      selection: {
        kind: 'papers',
        refs: [
          { paperId: 7 },
          { arxivId: '2505.05470' },
          { arxivId: '2503.07365' },
          { key: 'liu2025flowgrpo' },
        ],
      },
    });
  });

  it('reads a search narrowed by a filter given as JSON, with its limit as text', () => {
    expect(read({ search: 'grpo', filter: '{"sections":[3]}', limit: '2' })).toEqual({
      ok: true,
      selection: { kind: 'search', query: 'grpo', filter: { sectionIds: [3] }, limit: 2 },
    });
  });

  it('means every paper when an export names nothing, but refuses that for a collection', () => {
    expect(read({}, exports)).toEqual({ ok: true, selection: { kind: 'all' } });
    expect(read({})).toMatchObject({
      field: 'selection',
      message: 'give one of PAPER…, --arxiv, --filter or --search (--filter may narrow --search)',
    });
  });

  it.each<[string, RawPaperSelection, string, RegExp]>([
    ['two kinds at once', { refs: ['x'], search: 'y' }, 'selection', /give one of/],
    ['a filter beside named papers', { refs: ['x'], filter: {} }, 'selection', /give one of/],
    [
      'a limit without a search',
      { filter: { hasCode: true }, limit: 3 },
      'limit',
      /--limit goes with --search/,
    ],
    [
      'a limit of zero',
      { search: 'x', limit: '0' },
      'limit',
      /whole number of at least 1, got "0"/,
    ],
    ['a limit that is not a number', { search: 'x', limit: 'abc' }, 'limit', /got "abc"/],
    ['a fractional limit', { search: 'x', limit: 2.5 }, 'limit', /whole number/],
    ['a blank search', { search: '  ' }, 'search', /at least one word/],
    ['a malformed arXiv id', { arxivIds: ['2513.00001'] }, 'arxivIds', /is not an arXiv id/],
    ['an empty reference', { refs: ['a', ' '] }, 'refs', /PAPER… has an empty entry/],
    ['an empty list of papers', { paperIds: [] }, 'selection', /Name at least one paper/],
    [
      'an empty filter for a collection',
      { filter: {} },
      'filter',
      /empty filter would select every paper/,
    ],
    [
      'bad filter JSON',
      { filter: '{pillars' },
      'filter',
      /^--filter: the filter must be a JSON object/,
    ],
    [
      'years the wrong way round',
      { filter: { yearFrom: 2026, yearTo: 2025 } },
      'filter',
      /after yearTo/,
    ],
  ])('refuses %s, naming the field', (_case, raw, field, message) => {
    const result = read(raw);
    expect(result).toMatchObject({ ok: false, reason: 'invalid_input', field });
    expect(!result.ok && result.message).toMatch(message);
  });

  it('lets an export name a collection, which a collection change cannot', () => {
    expect(read({ collection: 'mine' }, exports)).toEqual({
      ok: true,
      selection: { kind: 'collection', name: 'mine' },
    });
  });
});

describe('readPaperRef', () => {
  const names = { paperId: 'paperId', arxivId: 'arxivId', key: 'key' };
  it('reads exactly one of an id, an arXiv id or a key', () => {
    expect(readPaperRef({ key: 'meng2025mmeureka' }, names)).toEqual({
      ok: true,
      ref: { key: 'meng2025mmeureka' },
    });
    expect(readPaperRef({ ref: 'arXiv:2505.05470' }, names)).toEqual({
      ok: true,
      ref: { arxivId: '2505.05470' },
    });
    expect(readPaperRef({ paperId: 3, key: 'x' }, names)).toMatchObject({
      message: 'Give exactly one of paperId or arxivId or key.',
    });
    expect(readPaperRef({ arxivId: 'nope' }, names)).toMatchObject({ field: 'arxivId' });
  });
});
