import { readFileSync } from 'node:fs';
import type { Heading, List, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { escapeLinkText, formatMarkdown, githubRepo } from '../../src/export/format-markdown';
import type { PaperDetails } from '../../src/model/paper/paper';
import { describeWithSharedData, sharedAwesomeListFiles } from '../support/shared-data';
import { generatePapers } from './generated-papers';
import {
  arxivOnlyPaperWithAccentedAuthors,
  neuripsPaperWithArxivVersion,
  samplePapers,
  secondOfTwoPapersCollidingOnKey,
} from './paper-fixtures';

interface ReadEntry {
  path: string[];
  title: string;
  url: string;
  note: string;
}

/** Reads the list back with micromark/mdast (GFM), the way an awesome-list parser would. */
function readList(markdown: string): ReadEntry[] {
  const tree: Root = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const entries: ReadEntry[] = [];
  const path: string[] = [];
  let topDepth: number | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      topDepth ??= node.depth;
      path.splice(node.depth - topDepth, Infinity, toString(node as Heading));
    }
    if (node.type === 'list') entries.push(...readItems(node as List, [...path]));
  }
  return entries;
}

function readItems(list: List, path: string[]): ReadEntry[] {
  return list.children.map((item) => {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') throw new Error('entry without a paragraph');
    const [link, after] = paragraph.children;
    if (link?.type !== 'link')
      throw new Error(`entry without a title link: ${toString(paragraph)}`);
    const note = /^ \(([^)]*)\)/.exec(after?.type === 'text' ? after.value : '')?.[1] ?? '';
    return { path, title: toString(link), url: link.url, note };
  });
}

describe('formatMarkdown grouped by section', () => {
  const markdown = formatMarkdown(samplePapers);
  const entries = readList(markdown);

  it('lists every paper under each of its sections, titles intact', () => {
    const expected = samplePapers.flatMap(({ paper, sections }) =>
      sections.map((path) => ({ path, title: paper.title })),
    );
    const read = entries.map(({ path, title }) => ({ path, title }));
    expect(read).toHaveLength(expected.length);
    expect(read).toEqual(expect.arrayContaining(expected));
  });

  it('nests headings by section depth, in the order sections first appear', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.slice(0, 4)).toEqual([
      '## Multi-Modal Large Language Models with RL',
      '### Conventional RL-based Frameworks for MLLM',
      '### Image Reasoning with RL for MLLMs',
      '#### Think about Image',
    ]);
  });

  it('writes the date note as Mon. YYYY, with the venue after a comma', () => {
    const byTitle = new Map(entries.map((entry) => [entry.title, entry.note]));
    expect(byTitle.get(arxivOnlyPaperWithAccentedAuthors.paper.title)).toBe('Mar. 2025');
    expect(byTitle.get(neuripsPaperWithArxivVersion.paper.title)).toBe('2024, NeurIPS');
    expect(byTitle.get(secondOfTwoPapersCollidingOnKey.paper.title)).toBe('Jun. 2025, ICLR oral');
  });

  it('links arXiv papers to their abstract page', () => {
    expect(entries[0]?.url).toBe('https://arxiv.org/abs/2503.07365');
  });

  it('writes the badges of the survey list under each entry', () => {
    expect(formatMarkdown([neuripsPaperWithArxivVersion], { groupBy: 'none' })).toBe(
      [
        '+ [CoWorld: Making Offline RL Online: Collaborative World Models for Offline Visual Reinforcement Learning](https://arxiv.org/abs/2305.15260) (2024, NeurIPS)',
        '  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2305.15260)',
        '  [![Star](https://img.shields.io/github/stars/qiwang067/CoWorld.svg?style=social&label=Star)](https://github.com/qiwang067/CoWorld)',
        '  [![Website](https://img.shields.io/badge/Website-9cf)](https://qiwang067.github.io/coworld)',
        '',
      ].join('\n'),
    );
  });

  it('reads back 250 generated papers with their titles and sections', () => {
    const papers = generatePapers(250);
    const read = readList(formatMarkdown(papers));
    expect(read).toHaveLength(250);
    const byTitleAndPath = new Set(read.map(({ title, path }) => JSON.stringify([title, path])));
    for (const { paper, sections } of papers) {
      expect(byTitleAndPath).toContain(JSON.stringify([paper.title, sections[0]]));
    }
  });
});

describe('formatMarkdown grouped by other dimensions', () => {
  const headings = (papers: PaperDetails[], groupBy: 'pillar' | 'year' | 'venue') =>
    formatMarkdown(papers, { groupBy })
      .split('\n')
      .filter((line) => line.startsWith('## '));

  it('groups by pillar in order of first appearance, papers without one last', () => {
    expect(headings(samplePapers, 'pillar')).toEqual([
      '## Multi-Modal Large Language Models',
      '## Visual Generation',
      '## Vision Language Action Models',
      '## Others',
      '## Other',
    ]);
  });

  it('groups by year, newest first, undated last', () => {
    expect(headings(samplePapers, 'year')).toEqual(['## 2025', '## 2024', '## Undated']);
  });

  it('groups by venue alphabetically, arXiv-only and unpublished last', () => {
    expect(headings(samplePapers, 'venue')).toEqual([
      '## Hugging Face',
      '## ICLR',
      '## Nature',
      '## NeurIPS',
      '## arXiv',
      '## Unpublished',
    ]);
  });

  it('puts a title on top when given one', () => {
    expect(formatMarkdown(samplePapers, { title: 'Visual RL', groupBy: 'none' })).toMatch(
      /^# Visual RL\n\n\+ \[/,
    );
  });
});

describe('escapeLinkText', () => {
  it('escapes brackets so a title cannot end its link early', () => {
    expect(escapeLinkText('Learning [to] Act')).toBe('Learning \\[to\\] Act');
  });

  it('leaves an underscore inside a word alone and escapes one at a word edge', () => {
    expect(escapeLinkText('π_RL and _x_')).toBe('π_RL and \\_x\\_');
  });

  it('reads back as the original text', () => {
    const title = 'A [b] `c` *d* _e_ <f> \\g \\[h] $\\pi_0$';
    const [entry] = readList(`+ [${escapeLinkText(title)}](https://example.org)\n`);
    expect(entry?.title).toBe(title);
  });
});

describe('githubRepo', () => {
  it('reads OWNER/REPO from repository URLs and nothing else', () => {
    expect(githubRepo('https://github.com/ModalMinds/MM-EUREKA')).toBe('ModalMinds/MM-EUREKA');
    expect(githubRepo('https://github.com/danijar/dreamerv3.git')).toBe('danijar/dreamerv3');
    expect(githubRepo('https://github.com/a/b/tree/main/x')).toBe('a/b');
    expect(githubRepo('https://gitlab.com/a/b')).toBeUndefined();
  });
});

describeWithSharedData('formatMarkdown against the survey list', () => {
  it('writes an entry exactly as the survey list itself does', () => {
    const newest = sharedAwesomeListFiles().at(-1)!;
    const entry = formatMarkdown([arxivOnlyPaperWithAccentedAuthors], { groupBy: 'none' });
    expect(readFileSync(newest, 'utf8')).toContain(entry.trimEnd());
  });
});
