import { describe, expect, it } from 'vitest';
import { parseDateNote } from '../../../ingest/awesome-list/parse-date-note';

describe('when a note gives a month and a year', () => {
  it.each([
    ['Mar. 2025', 2025, 3],
    ['May 2025', 2025, 5],
    ['May. 2025', 2025, 5],
    ['June. 2025', 2025, 6],
    ['July. 2025', 2025, 7],
    ['Jl. 2025', 2025, 7],
    ['Sept 2025', 2025, 9],
    ['Sep. 2024', 2024, 9],
    ['2025-08', 2025, 8],
  ])('returns the year and month of "%s"', (text, year, month) => {
    expect(parseDateNote(text)).toMatchObject({ year, month, venue: undefined, readable: true });
  });
});

describe('when a note names a venue', () => {
  it.each([
    ['2025, ICLR oral', 2025, 'ICLR', ['oral']],
    ['2024, NeurIPS', 2024, 'NeurIPS', []],
    ['2024, Neurips', 2024, 'NeurIPS', []],
    ['NIPS 2024', 2024, 'NeurIPS', []],
    ['ICRA 2025', 2025, 'ICRA', []],
    ['2024, ICLR Spotlight', 2024, 'ICLR', ['Spotlight']],
    ['2025, Nature', 2025, 'Nature', []],
    ['ICNC 2024', 2024, 'ICNC', []],
    ["NeurIPS'24", 2024, 'NeurIPS', []],
    ['iclr', undefined, 'ICLR', []],
  ])('returns year, canonical venue and qualifiers of "%s"', (text, year, venue, qualifiers) => {
    expect(parseDateNote(text)).toMatchObject({ year, venue, qualifiers, readable: true });
  });

  it('returns the date year and month before the venue year', () => {
    expect(parseDateNote('Jun. 2024, NeurIPS 2024')).toMatchObject({
      year: 2024,
      month: 6,
      venue: 'NeurIPS',
    });
  });
});

describe('when a note says arXiv, Blog, Course or a platform', () => {
  it('returns arXiv as a preprint marker, never as a venue', () => {
    expect(parseDateNote('Mar. 2025, arXiv')).toMatchObject({
      year: 2025,
      month: 3,
      venue: undefined,
      saysArxiv: true,
    });
  });

  it('returns Blog and Course as kind hints', () => {
    expect(parseDateNote('2025, Blog')).toMatchObject({ year: 2025, kindHint: 'blog' });
    expect(parseDateNote('Mar. 2022, ICLR Blog')).toMatchObject({
      venue: 'ICLR',
      kindHint: 'blog',
    });
    expect(parseDateNote('Course')).toMatchObject({ kindHint: 'course', readable: true });
  });

  it('returns a platform name as the platform, not a venue', () => {
    expect(parseDateNote('Hugging Face')).toMatchObject({
      platform: 'Hugging Face',
      venue: undefined,
      readable: true,
    });
  });
});

describe('when a note cannot be read', () => {
  it.each(['see the appendix', '', 'TBD'])('returns readable false for "%s"', (text) => {
    expect(parseDateNote(text)).toMatchObject({ readable: false, venue: undefined });
  });
});
