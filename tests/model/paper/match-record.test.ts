import { describe, expect, it } from 'vitest';
import { matchRecordByTitle } from '../../../src/model/paper/match-record';
import type { PaperRecord } from '../../../src/model/paper/paper-record';

const record = (title: string, year?: number): PaperRecord => ({
  format: 'bibtex',
  source: { file: 'x.bib', line: 1 },
  title,
  year,
});
const papers = [
  { id: 1, title: 'Mastering Diverse Domains through World Models', year: 2025 },
  {
    id: 2,
    title:
      'CoWorld: Making Offline RL Online: Collaborative World Models for Offline Visual Reinforcement Learning',
    year: 2024,
  },
  { id: 3, title: 'Visual RL', year: 2024 },
  { id: 4, title: 'Visual RL', year: 2025 },
  { id: 5, title: 'Deep Models', year: 2020 },
];

describe('matchRecordByTitle', () => {
  it('matches the same title whatever the case and punctuation', () => {
    expect(
      matchRecordByTitle(record('mastering diverse domains through world-models', 2025), papers),
    ).toBe(1);
  });

  it('matches a distinctive title across a preprint and a later journal year', () => {
    expect(
      matchRecordByTitle(record('Mastering Diverse Domains through World Models', 2023), papers),
    ).toBe(1);
  });

  it('requires the year of a short title to fit', () => {
    expect(matchRecordByTitle(record('Deep Models', 2020), papers)).toBe(5);
    expect(matchRecordByTitle(record('Deep Models', 2024), papers)).toBeUndefined();
  });

  it('matches a title that the listed title contains, once a name prefix is dropped', () => {
    expect(
      matchRecordByTitle(
        record(
          'Making Offline RL Online: Collaborative World Models for Offline Visual Reinforcement Learning',
        ),
        papers,
      ),
    ).toBe(2);
  });

  it('refuses an ambiguous title', () => {
    expect(matchRecordByTitle(record('Visual RL'), papers)).toBeUndefined();
  });
});
