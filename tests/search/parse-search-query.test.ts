import { describe, expect, it } from 'vitest';
import { parseSearchQuery, SearchSyntaxError } from '../../src/search/parse-search-query';

const error = (query: string) => {
  try {
    parseSearchQuery(query);
  } catch (caught) {
    expect(caught).toBeInstanceOf(SearchSyntaxError);
    return (caught as Error).message;
  }
  throw new Error(`"${query}" was read without an error`);
};

describe('parseSearchQuery', () => {
  it('keeps plain words as ranked words', () => {
    expect(parseSearchQuery('grpo  image generation')).toMatchObject({
      words: 'grpo image generation',
      required: [],
      excluded: [],
    });
  });

  it('reads phrases, exclusions and field clauses', () => {
    const parsed = parseSearchQuery(
      'agents "thinking with images" -video -"human feedback" title:diffusion author:"Sergey Levine"',
    );
    expect(parsed.words).toBe('agents');
    expect(parsed.required).toEqual([
      { text: 'thinking with images', phrase: true, field: undefined },
      { text: 'diffusion', phrase: false, field: 'title' },
      { text: 'Sergey Levine', phrase: true, field: 'authors' },
    ]);
    expect(parsed.excluded).toEqual([
      { text: 'video', phrase: false, field: undefined },
      { text: 'human feedback', phrase: true, field: undefined },
    ]);
  });

  it('reads years and year ranges', () => {
    expect(parseSearchQuery('gui year:2025')).toMatchObject({ yearFrom: 2025, yearTo: 2025 });
    expect(parseSearchQuery('gui year:2023..2025')).toMatchObject({ yearFrom: 2023, yearTo: 2025 });
    expect(parseSearchQuery('gui year:2024..')).toMatchObject({
      yearFrom: 2024,
      yearTo: undefined,
    });
    expect(parseSearchQuery('gui year:..2023')).toMatchObject({
      yearFrom: undefined,
      yearTo: 2023,
    });
  });

  it('reads concept fields in any letter case, and allows a query of filters only', () => {
    expect(parseSearchQuery('Algorithm:GRPO benchmark:"GenEval"').concepts).toEqual([
      { field: 'algorithm', value: 'GRPO' },
      { field: 'benchmark', value: 'GenEval' },
    ]);
    expect(parseSearchQuery('year:2025').words).toBe('');
  });

  it('leaves pasted titles and hyphenated words alone', () => {
    expect(parseSearchQuery('DeepEyes: thinking text-to-image').words).toBe(
      'DeepEyes: thinking text-to-image',
    );
    expect(parseSearchQuery('see https://arxiv.org/abs/2505.05470').words).toBe(
      'see https://arxiv.org/abs/2505.05470',
    );
  });

  it('says what is wrong, and where, for malformed queries', () => {
    expect(error('"thinking with')).toMatch(/unclosed quote.*column 1/);
    expect(error('grpo foo:bar')).toMatch(/unknown field "foo:".*author:.*column 6/);
    expect(error('author: Levine')).toMatch(/author: needs a value/);
    expect(error('gui year:20x5')).toMatch(/year: takes a year or a range/);
    expect(error('gui year:2025..2023')).toMatch(/ends before it starts/);
    expect(error('grpo - video')).toMatch(/"-" must be followed by a word/);
    expect(error('""')).toMatch(/empty phrase/);
    expect(error('-video')).toMatch(/only excludes/);
    expect(error('   ')).toMatch(/no words to look for/);
    expect(error('-algorithm:GRPO video')).toMatch(/cannot exclude algorithm:/);
  });
});
