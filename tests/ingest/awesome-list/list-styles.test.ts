import { describe, expect, it } from 'vitest';
import { parseFixture } from './read-fixture';

const titlesOf = (name: string) => parseFixture(name).records.map((entry) => entry.title);

describe('when a GFM table holds the title, a short name and badge columns', () => {
  const parsed = parseFixture('table with badges in a paper column.md');

  it('returns one entry per row with the short name, and the id of the badge link without version', () => {
    expect(parsed.records.map((e) => [e.shortName, e.title, e.arxivId])).toEqual([
      ['Tree-GRPO', 'Tree Search for LLM Agent Reinforcement Learning', '2509.21240'],
      ['OldOne', 'An Older Paper Written Day First', '2403.12345'],
      ['QwQ', 'QwQ-32B: Embracing the Power of Reinforcement Learning', undefined],
    ]);
  });

  it('returns the date column, day-first dates included, and the stars badge as code', () => {
    expect(parsed.records.map((e) => [e.year, e.month])).toEqual([
      [2025, 9],
      [2024, 3],
      [undefined, undefined],
    ]);
    expect(parsed.records[0]!.links).toContainEqual({
      kind: 'code',
      url: 'https://github.com/AMAP-ML/Tree-GRPO',
      label: 'GitHub Stars',
    });
    expect(parsed.records[0]!.source.line).toBe(7);
  });
});

describe('when a method-first table links the short name and names the venue', () => {
  it('returns the title column as the title and the short name link as its paper', () => {
    const parsed = parseFixture('method first table with the link on the short name.md');
    expect(parsed.records.map((e) => [e.shortName, e.title, e.url, e.venue, e.year])).toEqual([
      [
        'DT',
        'Decision Transformer: Reinforcement Learning via Sequence Modeling',
        'https://arxiv.org/abs/2106.01345',
        'NeurIPS',
        2021,
      ],
      [
        'TT',
        'Offline Reinforcement Learning as One Big Sequence Modeling Problem',
        'https://arxiv.org/abs/2106.02039',
        'NeurIPS',
        2021,
      ],
    ]);
  });
});

describe('when table cells hold <br>, <details>, images and inline HTML links', () => {
  const parsed = parseFixture('table whose cells hold line breaks, details and inline html.md');

  it('returns the date and venue out of the title, full-width brackets included', () => {
    expect(parsed.records.map((e) => [e.title, e.year, e.month, e.venue])).toEqual([
      ['Less is More: Context-Aware Simplification for GUI Agents', 2025, 7, 'ICCV'],
      ['CogAgent: A Visual Language Model for GUI Agents', 2023, 12, undefined],
    ]);
  });

  it('returns the links on either side of a <br> and inside <a href>', () => {
    expect(parsed.records.map((e) => e.arxivId)).toEqual(['2507.03730', '2312.08914']);
    expect(parsed.records[0]!.links.map((l) => l.kind)).toEqual(['code', 'arxiv']);
  });
});

describe('when the papers sit in an HTML <table>', () => {
  it('returns each row with its bold linked title, venue, project and badge links', () => {
    const parsed = parseFixture('html table of papers.md');
    expect(parsed.records.map((e) => [e.title, e.arxivId, e.venue, e.year, e.month])).toEqual([
      [
        'RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control',
        '2307.15818',
        'CoRL',
        2023,
        undefined,
      ],
      ['OpenVLA: An Open-Source Vision-Language-Action Model', '2406.09246', undefined, 2024, 6],
    ]);
    expect(parsed.records[0]!.links.map((l) => l.kind)).toEqual(['arxiv', 'project', 'code']);
    expect(parsed.records[1]!.source.line).toBe(12);
    expect(parsed.sections.map((s) => s.path)).toEqual([['Policies']]);
  });
});

describe('when tables are navigation or contributors', () => {
  it('returns them as skipped with the reason, and the real entry', () => {
    const parsed = parseFixture('table of contents and contributors are not entries.md');
    expect(parsed.records.map((e) => e.title)).toEqual(['A Real Paper About Things']);
    expect(parsed.skipped.map((f) => [f.where, f.code])).toEqual([
      ['table of contents and contributors are not entries.md:3', 'navigation-table'],
      ['table of contents and contributors are not entries.md:13', 'table-without-titles'],
    ]);
  });
});

describe('when a short name in bold comes before a quoted title', () => {
  it('returns the title without quotes, the short name, and the venue from the italic note', () => {
    const parsed = parseFixture('abbreviation first with a quoted title.md');
    expect(parsed.records.map((e) => [e.shortName, e.title, e.venue, e.year])).toEqual([
      ['DT', 'Decision Transformer: Reinforcement Learning via Sequence Modeling', 'NeurIPS', 2021],
      [
        'TT',
        'Offline Reinforcement Learning as One Big Sequence Modeling Problem',
        'NeurIPS',
        2021,
      ],
    ]);
  });
});

describe("when a numbered list has bold links and authors with Venue'YY on the next line", () => {
  it('returns the link text as the title, the names as authors and the venue and year', () => {
    const parsed = parseFixture('numbered bold links with authors and venue on the next line.md');
    expect(parsed.records.map((e) => [e.arxivId, e.venue, e.year, e.authors])).toEqual([
      ['2203.02155', 'NeurIPS', 2022, ['Long Ouyang', 'Jeff Wu', 'Xu Jiang']],
      ['2305.18290', 'NeurIPS', 2023, ['Rafael Rafailov', 'Archit Sharma', 'Eric Mitchell']],
    ]);
  });
});

describe('when plain titles end with a venue and a [[pdf]], [[Paper]] or [paper] link', () => {
  it('returns titles without the period or venue fragment, and the venue and year apart', () => {
    const parsed = parseFixture('plain titles followed by venue and pdf links.md');
    expect(parsed.records.map((e) => [e.title, e.arxivId, e.venue, e.year])).toEqual([
      ['Fine-Tuning Language Models from Human Preferences', '1909.08593', undefined, 2019],
      ['Deep Reinforcement Learning from Human Preferences', '1706.03741', 'NeurIPS', 2017],
      ['Constitutional AI: Harmlessness from AI Feedback', '2212.08073', undefined, undefined],
    ]);
  });
});

describe('when an entry is a title with labelled sub-lines', () => {
  const parsed = parseFixture('nested entries with labelled sub-lines.md');

  it('returns one entry per title, its id from "arXiv 2509.11543", a link or the badge image, and no sub-line as an entry', () => {
    expect(parsed.records.map((e) => [e.title, e.arxivId])).toEqual([
      ['UI-S1: Advancing GUI Automation via Semi-online Reinforcement Learning', '2509.11543'],
      ['GUI-G²: Gaussian Reward Modeling for GUI Grounding', '2507.15846'],
      [
        'ClawGUI: A Unified Framework for Training, Evaluating, and Deploying GUI Agents',
        '2604.11784',
      ],
    ]);
  });

  it('returns authors and a named-month date from the sub-lines, and the date before the title', () => {
    expect(parsed.records[0]).toMatchObject({
      authors: ['Zhengxi Lu', 'Jiabo Ye', 'Fei Tang'],
      year: 2025,
      month: 3,
    });
    expect(parsed.records[1]).toMatchObject({ year: 2025, month: 7 });
    expect(parsed.records[0]!.links.map((l) => l.kind)).toEqual(['arxiv', 'code']);
  });
});

describe('when entries are loose lines of a paragraph', () => {
  it('returns the lines that carry a paper link, not titles without links or prose', () => {
    const parsed = parseFixture('loose lines with paper links are entries.md');
    expect(parsed.records.map((e) => [e.shortName, e.title, e.arxivId, e.year])).toEqual([
      [
        undefined,
        'MobileGUI-RL: Advancing Mobile GUI Agent through Online RL',
        '2507.05720',
        undefined,
      ],
      [undefined, 'GUI-Actor: Coordinate-Free Visual Grounding for GUI Agents', '2506.03143', 2025],
      [
        'ScreenSpot',
        'SeeClick: Harnessing GUI Grounding for Advanced Visual GUI Agents',
        '2401.10935',
        undefined,
      ],
    ]);
  });
});

describe('when a list names its own survey in a citation block and lists it again', () => {
  const parsed = parseFixture('list with its survey in a citation block.md');

  it('returns the survey with the cited title, apart from the entries', () => {
    expect(parsed.survey).toEqual({
      arxivId: '2509.08827',
      title: 'A survey of reinforcement learning for large reasoning models',
      line: 14,
    });
    expect(titlesOf('list with its survey in a citation block.md')).toEqual(['A Listed Paper']);
  });

  it('returns the news items and the survey entry as skipped, and counts their ids as explained', () => {
    expect(parsed.skipped.map((f) => f.code)).toEqual(['news-item', 'news-item', 'list-survey']);
    expect(parsed.coverage).toMatchObject({ linked: 3, entries: 1, survey: '2509.08827' });
    expect(parsed.coverage.skipped).toEqual([{ id: '2508.10874', line: 10, code: 'news-item' }]);
  });
});

describe('when headings are HTML blocks and titles are decorated and stacked', () => {
  const parsed = parseFixture('html headings open sections.md');

  it('returns the HTML headings as sections', () => {
    expect(parsed.sections.map((s) => s.path)).toEqual([
      ['Core Papers'],
      ['Core Papers', 'Foundations'],
    ]);
  });

  it('returns the bold title without topic tags, emoji or period, and the <YYYY.MM> date', () => {
    expect(parsed.records.map((e) => [e.title, e.year, e.month, e.venue])).toEqual([
      ['Optimizing Anytime Reasoning via Budget Relative Policy Optimization', 2025, 6, undefined],
      ['ReFT: Reasoning with Reinforced Fine-Tuning', 2024, 1, 'ACL'],
    ]);
    expect(parsed.records[1]!.authors).toEqual(['Trung Quoc Luong', 'Xinbo Zhang', 'Zhanming Jie']);
  });
});

describe('a list announcing its own papers in its news', () => {
  const parsed = parseFixture('list announcing its own papers in its news.md');

  it('keeps a paper the news names by title and arXiv id, in the news section, when no entry has it', () => {
    expect(parsed.records.map((e) => [e.arxivId, e.title, e.sectionPath])).toEqual([
      [
        '2509.11543',
        'UI-S1: Advancing GUI Automation via Semi-online Reinforcement Learning',
        ['News'],
      ],
      ['2604.14113', 'UI-Zoomer: Uncertainty-Driven Adaptive Zoom-In for GUI Grounding', ['News']],
      [
        '2504.10458',
        'GUI-R1: A Generalist R1-Style Vision-Language Action Model For GUI Agents',
        ['Papers'],
      ],
    ]);
    expect(parsed.warnings.filter((f) => f.code === 'announced-paper')).toHaveLength(2);
  });

  it('skips news prose and news of papers listed as entries, with the reason', () => {
    expect(parsed.skipped.map((f) => f.code)).toEqual(['news-item', 'news-item']);
    expect(parsed.coverage).toMatchObject({ linked: 4, entries: 3 });
    expect(parsed.coverage.skipped).toEqual([{ id: '2508.10874', line: 9, code: 'news-item' }]);
  });
});
