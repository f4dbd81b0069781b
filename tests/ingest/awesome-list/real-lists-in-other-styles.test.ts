import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ParsedAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';
import { parseAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';
import { decodeText } from '../../../ingest/text/decode-text';
import { describeWithSharedLists, sharedListsDir } from '../../support/shared-data';

const LISTS = {
  tables: 'Awesome-RL-for-LRMs.2026-08-20.8e1040a.md',
  nested: 'Awesome-GUI-Agents.2026-07-28.34f6640.md',
  plain: 'RLVR-Survey.2025-12-17.b8c92d6.md',
};

function parseList(name: string): ParsedAwesomeList {
  return parseAwesomeList(decodeText(readFileSync(join(sharedListsDir, name)), name), name);
}

/** Of the linked arXiv papers that are not in skipped items, the share that became entries or the survey. */
function shareOfEntryLinks(parsed: ParsedAwesomeList): number {
  const { linked, entries, survey, skipped } = parsed.coverage;
  return (entries + (survey ? 1 : 0)) / (linked - skipped.length);
}

/** Titles that betray a misread entry: labels, badges, dates, fragments of venues. */
function suspiciousTitles(parsed: ParsedAwesomeList): string[] {
  return parsed.records
    .map((entry) => entry.title)
    .filter(
      (title) =>
        /^(?:arxiv|paper|code|github|pdf|project|edit|hugging face papers)$/i.test(title) ||
        /\.$|\barXiv \d{4}\b|^<|^\d{4}[-./]\d|[\p{Extended_Pictographic}]|\*\*|【/u.test(title),
    );
}

describeWithSharedLists('when the real lists in other styles are parsed', () => {
  const parsed = Object.fromEntries(
    Object.entries(LISTS).map(([style, name]) => [style, parseList(name)]),
  ) as Record<keyof typeof LISTS, ParsedAwesomeList>;

  it.each(Object.keys(LISTS) as (keyof typeof LISTS)[])(
    'returns at least 98 percent of the linked arXiv papers of the %s list as entries, every other one explained',
    (style) => {
      const list = parsed[style];
      expect(shareOfEntryLinks(list)).toBeGreaterThanOrEqual(0.98);
      expect(list.coverage.notUnderstood).toEqual([]);
      expect(list.warnings.filter((w) => w.code === 'low-coverage')).toEqual([]);
    },
  );

  it('returns every linked arXiv paper of the tables list, the survey apart', () => {
    const { coverage, survey } = parsed.tables;
    expect(coverage.linked).toBe(445);
    expect(coverage.entries).toBe(444);
    expect(survey).toMatchObject({
      arxivId: '2509.08827',
      title: /survey of reinforcement learning/i,
    });
    expect(parsed.tables.records.some((entry) => entry.arxivId === '2509.08827')).toBe(false);
  });

  it('returns the nested list papers and those its news announce by title, but not news prose', () => {
    const { coverage, records } = parsed.nested;
    expect(coverage.entries).toBe(103);
    expect(coverage.skipped.map((s) => s.code)).toEqual(Array(2).fill('news-item'));
    const announced = records.filter((e) => e.sectionPath[0] === 'Updates');
    expect(announced.map((e) => [e.arxivId, e.title])).toEqual([
      [
        '2604.13822',
        'UI-Copilot: Advancing Long-Horizon GUI Automation via Tool-Integrated Policy Optimization',
      ],
      ['2604.14113', 'UI-Zoomer: Uncertainty-Driven Adaptive Zoom-In for GUI Grounding'],
      ['2509.11543', 'UI-S1: Advancing GUI Automation via Semi-online Reinforcement Learning'],
      ['2508.05615', 'Test-Time Reinforcement Learning for GUI Grounding via Region Consistency'],
    ]);
  });

  it.each(Object.keys(LISTS) as (keyof typeof LISTS)[])(
    'returns no title of the %s list that looks like a label, date or venue fragment',
    (style) => {
      expect(suspiciousTitles(parsed[style])).toEqual([]);
    },
  );

  it('returns a table row with its short name, title, date, arXiv id and code link', () => {
    expect(parsed.tables.records.find((e) => e.arxivId === '2509.21240')).toMatchObject({
      title: 'Tree Search for LLM Agent Reinforcement Learning',
      shortName: 'Tree-GRPO',
      year: 2025,
      month: 9,
      sectionPath: ['Paper List', 'Reward Design', 'Dense Rewards'],
      links: expect.arrayContaining([
        { kind: 'code', url: 'https://github.com/AMAP-ML/Tree-GRPO', label: 'GitHub Stars' },
      ]),
    });
  });

  it('returns the ids of versioned and www. links of the nested list without the version', () => {
    const gta = parsed.nested.records.find((e) => e.title === 'GTA1: GUI Test-time Scaling Agent');
    expect(gta?.arxivId).toBe('2507.05791');
    const mobile = parsed.nested.records.find((e) => e.title.startsWith('MobileGUI-RL'));
    expect(mobile?.arxivId).toBe('2507.05720');
  });

  it('returns a title line with its sub-lines as one entry of the nested list', () => {
    expect(parsed.nested.records.find((e) => e.arxivId === '2507.15846')).toMatchObject({
      title: 'GUI-G²: Gaussian Reward Modeling for GUI Grounding',
      year: 2025,
      month: 7,
      links: expect.arrayContaining([
        expect.objectContaining({ kind: 'code', url: 'https://github.com/zju-real/GUI-G2' }),
      ]),
    });
  });

  it('returns the plain-title list entries with their bold title, date and authors', () => {
    expect(parsed.plain.records.find((e) => e.arxivId === '2401.08967')).toMatchObject({
      title: 'ReFT: Reasoning with Reinforced Fine-Tuning',
      year: 2024,
      month: 1,
      venue: 'ACL',
      authors: expect.arrayContaining(['Trung Quoc Luong', 'Hang Li']),
    });
    const sections = parsed.plain.sections.map((s) => s.path.join(' > '));
    expect(sections).toContain('Core Papers > Entropy in RLVR > 2025');
  });
});
