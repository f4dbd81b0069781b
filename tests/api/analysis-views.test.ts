import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { createAnalysisGraph } from '../support/analysis-graph';
import { createTestApp } from '../support/app';

const { db, id, courseId } = createAnalysisGraph();
const api = createTestApp(db);
const gid = (paperId: number) => encodeGlobalID('Paper', paperId);

async function ask<T>(document: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.query<T>(document, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('the timeline query', () => {
  interface Result {
    timeline: {
      points: {
        period: string;
        month: number | null;
        count: number;
        groups: { key: string; count: number }[];
      }[];
      groups: { key: string; total: number }[];
      paperCount: number;
      undatedCount: number;
    };
  }
  const TIMELINE = `query($by: TimelinePeriod, $groupBy: Dimension) { timeline(by: $by, groupBy: $groupBy) {
    points { period month count groups { key count } } groups { key total } paperCount undatedCount } }`;

  it('counts papers per month, gaps included, split by pillar', async () => {
    const { timeline } = await ask<Result>(TIMELINE, { by: 'MONTH', groupBy: 'PILLAR' });
    // The CVPR paper is dated by its arXiv id (November 2023), so the months between are gaps.
    expect(timeline.points).toHaveLength(19);
    expect(timeline.points.filter((p) => p.count > 0).map((p) => [p.period, p.count])).toEqual([
      ['2023-11', 1],
      ['2025-03', 3],
      ['2025-04', 1],
      ['2025-05', 3],
    ]);
    expect(timeline.points.find((p) => p.period === '2025-05')!.groups).toEqual([
      { key: 'visual-generation', count: 2 },
      { key: 'unified-models', count: 1 },
    ]);
    expect(timeline.undatedCount).toBe(1); // the course has no date
  });

  it('counts per year, filling the years between', async () => {
    const { timeline } = await ask<Result>(TIMELINE, { by: 'YEAR' });
    expect(timeline.points.map((p) => [p.period, p.month, p.count])).toEqual([
      ['2023', null, 1],
      ['2024', null, 0],
      ['2025', null, 7],
    ]);
    expect(timeline.groups).toEqual([]);
  });

  it('splits by algorithm family', async () => {
    const { timeline } = await ask<Result>(TIMELINE, { by: 'YEAR', groupBy: 'ALGORITHM_FAMILY' });
    const year2025 = timeline.points.find((p) => p.period === '2025')!;
    expect(year2025.groups).toContainEqual({ key: 'grpo', count: 7 });
  });
});

describe('the compare query', () => {
  interface Result {
    compare: {
      papers: { title: string }[];
      rows: {
        property: string;
        identical: boolean;
        shared: { key: string }[];
        cells: {
          paperId: string;
          values: { key: string; relation: string | null; url: string | null }[];
        }[];
      }[];
      sharedProperties: string[];
      missingIds: string[];
    };
  }
  const COMPARE = `query($ids: [ID!]!) { compare(ids: $ids) { papers { title } sharedProperties missingIds
    rows { property identical shared { key } cells { paperId values { key relation url } } } } }`;

  it('lays the papers side by side, property by property, with what they share', async () => {
    const ids = [gid(id('2505.05470')), gid(id('2505.07818'))];
    const { compare } = await ask<Result>(COMPARE, { ids });
    expect(compare.papers.map((p) => p.title.split(':')[0])).toEqual(['Flow-GRPO', 'DanceGRPO']);
    const row = (property: string) => compare.rows.find((r) => r.property === property)!;
    expect(
      row('ALGORITHMS').cells.map((c) => c.values.map((v) => `${v.key}/${v.relation}`)),
    ).toEqual([['flow-grpo/proposes'], ['dance-grpo/proposes', 'grpo/uses']]);
    expect(row('CODE').cells[0]!.values[0]!.url).toBe('https://github.com/yifan123/flow_grpo');
    expect(row('CODE').cells[1]!.values).toEqual([]);
    expect(row('ALGORITHMS').cells.map((c) => c.paperId)).toEqual(ids);
    expect(compare.sharedProperties).toEqual(['YEAR', 'PILLARS']);
  });

  it('lists what all papers have in common even when they differ otherwise', async () => {
    const ids = ['2503.06749', '2503.07365', '2504.10458'].map((a) => gid(id(a)));
    const { compare } = await ask<Result>(COMPARE, { ids });
    const shared = Object.fromEntries(
      compare.rows.map((r) => [r.property, r.shared.map((v) => v.key)]),
    );
    expect(shared).toMatchObject({ ALGORITHMS: ['grpo'], PARADIGMS: ['rlvr'], PILLARS: [] });
  });

  it('reports ids of papers that do not exist, and rejects ids of other types', async () => {
    const { compare } = await ask<Result>(COMPARE, { ids: [gid(courseId), gid(999)] });
    expect(compare.papers).toHaveLength(1);
    expect(compare.missingIds).toEqual([gid(999)]);
    const wrong = await api.query(COMPARE, { ids: [encodeGlobalID('Section', 1)] });
    expect(wrong.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const none = await api.query(COMPARE, { ids: [] });
    expect(none.errors![0]!.message).toMatch(/at least one/);
  });
});

describe('the coOccurrence query', () => {
  interface Result {
    coOccurrence: {
      pairs: {
        entity: { key: string; total: number };
        other: { key: string };
        count: number;
        lift: number;
      }[];
    };
  }
  const CO = `query($kind: EntityKind!, $with: EntityKind!, $first: Int, $minCount: Int) {
    coOccurrence(kind: $kind, with: $with, first: $first, minCount: $minCount) {
      pairs { entity { key total } other { key } count lift } } }`;

  it('pairs algorithms with benchmarks, most shared papers first', async () => {
    const { coOccurrence } = await ask<Result>(CO, { kind: 'ALGORITHM', with: 'BENCHMARK' });
    expect(coOccurrence.pairs[0]).toMatchObject({
      entity: { key: 'grpo', total: 5 },
      other: { key: 'mathvista' },
      count: 2,
    });
    expect(coOccurrence.pairs.map((p) => `${p.entity.key}+${p.other.key}`)).toContain(
      'flow-grpo+geneval',
    );
  });

  it('pairs concepts of one kind with each other once, and honours minCount and first', async () => {
    const { coOccurrence } = await ask<Result>(CO, { kind: 'REWARD', with: 'REWARD' });
    expect(coOccurrence.pairs).toEqual([]);
    const pillars = await ask<Result>(CO, {
      kind: 'PILLAR',
      with: 'ALGORITHM',
      minCount: 2,
      first: 1,
    });
    expect(pillars.coOccurrence.pairs.map((p) => [p.entity.key, p.other.key, p.count])).toEqual([
      ['mllm', 'grpo', 2],
    ]);
  });

  it('rejects a page size out of range', async () => {
    const result = await api.query(CO, { kind: 'ALGORITHM', with: 'REWARD', first: 0 });
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('the related query', () => {
  interface Result {
    related:
      | {
          paper: { title: string };
          score: number;
          reason: string;
          sharedConcepts: { kind: string; slug: string; weight: number }[];
          sharedSections: { section: { name: string } }[];
        }[]
      | null;
  }
  const RELATED = `query($paper: ID!, $first: Int, $filter: PaperFilterInput) { related(paper: $paper, first: $first, filter: $filter) {
    paper { title } score reason sharedConcepts { kind slug weight } sharedSections { section { name } } } }`;

  it('ranks papers sharing rarer concepts and sections first, and says why', async () => {
    const { related } = await ask<Result>(RELATED, { paper: gid(id('2503.06749')) });
    expect(related![0]!.paper.title).toMatch(/^MM-Eureka/);
    expect(related![0]!.sharedConcepts.map((c) => c.slug)).toEqual(['mathvista', 'rlvr', 'grpo']);
    expect(related![0]!.sharedSections.map((s) => s.section.name)).toEqual(['Image Reasoning']);
    expect(related![0]!.reason).toMatch(
      /^Shares MathVista, .*; both listed in .*Image Reasoning(; similar wording \(cosine 0\.\d\d\))?\.$/,
    );
    const scores = related!.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('weighs a concept few papers share above GRPO, which most share', async () => {
    const { related } = await ask<Result>(RELATED, { paper: gid(id('2503.06749')) });
    const weights = Object.fromEntries(related![0]!.sharedConcepts.map((c) => [c.slug, c.weight]));
    expect(weights['mathvista']).toBeGreaterThan(2 * weights['grpo']!);
    const flow = await ask<Result>(RELATED, { paper: gid(id('2505.05470')) });
    expect(flow.related![0]!.paper.title).toMatch(/^Diffusion Model Alignment/); // PickScore + section
  });

  it('relates papers through an algorithm family they share', async () => {
    const document = `query($paper: ID!) { related(paper: $paper) { paper { title } reason sharedConcepts { slug viaFamily } } }`;
    const { related } = await ask<{
      related: {
        paper: { title: string };
        reason: string;
        sharedConcepts: { slug: string; viaFamily: boolean }[];
      }[];
    }>(document, { paper: gid(id('2503.21776')) });
    const visionR1 = related.find((r) => r.paper.title.startsWith('Vision-R1'))!;
    expect(visionR1.sharedConcepts).toContainEqual({ slug: 'grpo', viaFamily: true });
    expect(visionR1.reason).toMatch(/the Group relative policy optimization family/);
  });

  it('suggests only papers matching the filter, at most first', async () => {
    const { related } = await ask<Result>(RELATED, {
      paper: gid(id('2503.06749')),
      first: 1,
      filter: { pillars: ['vla'] },
    });
    expect(related!.map((r) => r.paper.title)).toEqual([expect.stringMatching(/^GUI-R1/)]);
  });

  it('is null for an unknown paper and an error for a bad id', async () => {
    expect((await ask<Result>(RELATED, { paper: gid(999) })).related).toBeNull();
    const bad = await api.query(RELATED, { paper: 'nonsense' });
    expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
