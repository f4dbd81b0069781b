import { describe, expect, it } from 'vitest';
import { parsePaperFilterJson } from '../../../src/model/selection/paper-filter-json';

describe('parsePaperFilterJson', () => {
  it('accepts entity and author fields alongside pillars and years', () => {
    const parsed = parsePaperFilterJson(
      '{"pillars":["visual-generation"],"algorithms":["grpo"],"rewards":["pickscore"],"authors":["Fanqing Meng"],"yearFrom":2025}',
    );
    expect(parsed).toEqual({
      ok: true,
      filter: {
        pillars: ['visual-generation'],
        algorithms: ['grpo'],
        rewards: ['pickscore'],
        authors: ['Fanqing Meng'],
        yearFrom: 2025,
      },
    });
  });

  it('names the unknown field and lists the allowed ones', () => {
    const parsed = parsePaperFilterJson('{"algorithm":["grpo"]}');
    expect(parsed).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Unrecognized key: "algorithm".*algorithms/),
    });
  });

  it('rejects text that is not JSON', () => {
    expect(parsePaperFilterJson('pillars=mllm')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/must be a JSON object/),
    });
  });
});
