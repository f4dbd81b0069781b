import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';
import { NotThisFormatError } from '../../../ingest/types';
import { parseFixture, readFixture } from './read-fixture';

function titlesOf(name: string): string[] {
  return parseFixture(name).records.map((entry) => entry.title);
}

function entryTitled(name: string, title: string) {
  const entry = parseFixture(name).records.find((record) => record.title === title);
  if (!entry) throw new Error(`no entry "${title}" in ${name}`);
  return entry;
}

function codesOf(findings: { code: string; where: string }[]): string[] {
  return findings.map((finding) => `${finding.code} @ ${finding.where}`);
}

describe('when an entry carries arXiv, Star and Website badges', () => {
  const name = 'entry with badges.md';

  it('returns the title, the arXiv id, the date and one link per badge', () => {
    expect(parseFixture(name).records[0]).toMatchObject({
      title:
        'MM-Eureka: Exploring the Frontiers of Multimodal Reasoning with Rule-based Reinforcement Learning',
      url: 'https://arxiv.org/abs/2503.07365',
      arxivId: '2503.07365',
      year: 2025,
      month: 3,
      dateText: 'Mar. 2025',
      kind: 'preprint',
      sectionPath: ['Papers'],
      source: { file: name, line: 5 },
      links: [
        { kind: 'arxiv', url: 'https://arxiv.org/abs/2503.07365', label: 'arXiv' },
        { kind: 'code', url: 'https://github.com/ModalMinds/MM-EUREKA', label: 'Star' },
        { kind: 'project', url: 'https://modalminds.github.io/mm-eureka/', label: 'Website' },
      ],
    });
  });

  it('returns badges in a separate paragraph and labels a Star badge without alt text', () => {
    expect(entryTitled(name, 'Spread Entry With Badges Below').links).toEqual([
      { kind: 'arxiv', url: 'https://arxiv.org/pdf/2504.16656', label: 'arXiv' },
      { kind: 'code', url: 'https://github.com/SkyworkAI/Skywork-R1V', label: 'Star' },
    ]);
  });
});

describe('when a table of contents heading precedes the content headings', () => {
  const parsed = parseFixture('toc heading is not a parent.md');

  it('returns the single leading H1 as the title, not as a section', () => {
    expect(parsed.title).toBe('Awesome Things');
  });

  it('returns content sections attached above the TOC heading, without emoji', () => {
    expect(parsed.records.map((entry) => entry.sectionPath)).toEqual([
      ['Models', 'Image Models'],
      ['Others'],
    ]);
  });

  it('returns only the sections that hold entries, with their heading lines', () => {
    expect(parsed.sections).toEqual([
      { path: ['Models'], line: 17 },
      { path: ['Models', 'Image Models'], line: 19 },
      { path: ['Others'], line: 25 },
    ]);
  });
});

describe('when a document has several H1 headings', () => {
  it('returns no title and the H1 headings as sections', () => {
    const parsed = parseFixture('several top level headings.md');
    expect(parsed.title).toBeNull();
    expect(parsed.sections.map((section) => section.path)).toEqual([['Part One'], ['Part Two']]);
  });
});

describe('when entries use other list styles', () => {
  const name = 'list styles in the wild.md';

  it('returns entries from dash, star, numbered, reference-style and nested items', () => {
    expect(titlesOf(name)).toEqual([
      'Dash Paper',
      'Starred Paper With Tags',
      'Numbered Paper',
      'Reference Paper',
      'Nested Paper',
    ]);
  });

  it('returns the first real link as the title, past bracketed plain-text tags', () => {
    expect(entryTitled(name, 'Starred Paper With Tags')).toMatchObject({
      arxivId: '2508.08189',
      links: [
        { kind: 'arxiv', url: 'https://arxiv.org/abs/2508.08189' },
        { kind: 'code', url: 'https://github.com/org/repo', label: 'Code' },
      ],
    });
  });

  it('returns the URL of a reference-style title link from its definition', () => {
    expect(entryTitled(name, 'Reference Paper').url).toBe('https://arxiv.org/abs/2505.21374');
  });
});

describe('when a venue tag in bold or backticks surrounds the title link', () => {
  it('returns the venue and year from the tag', () => {
    const parsed = parseFixture('venue tags before the title.md');
    expect(parsed.records.map(({ title, venue, year }) => ({ title, venue, year }))).toEqual([
      { title: 'Bold Venue Paper', venue: 'CVPR', year: 2025 },
      { title: 'Code Venue Paper', venue: 'NeurIPS', year: 2024 },
      { title: 'Venue After Title', venue: 'ICLR', year: 2025 },
    ]);
  });
});

describe('when a plain-text title is followed by [Paper]-style links', () => {
  const name = 'plain title with bracketed links.md';

  it('returns the text as the title and the paper link as the URL', () => {
    expect(entryTitled(name, 'Plain Title Paper')).toMatchObject({
      url: 'https://arxiv.org/abs/2503.07365',
      arxivId: '2503.07365',
      links: [
        { kind: 'arxiv', label: 'Paper' },
        { kind: 'code', label: 'Code' },
        { kind: 'project', label: 'Project' },
      ],
    });
  });

  it('returns a bold plain title, and a date note at the end of a plain title', () => {
    expect(titlesOf(name)).toEqual(['Plain Title Paper', 'Bold Plain Title', 'Titled With Venue']);
    expect(entryTitled(name, 'Titled With Venue')).toMatchObject({
      dateText: 'CVPR 2025',
      venue: 'CVPR',
      kind: 'publication',
    });
  });
});

describe('when links are labelled, or only their URL says what they are', () => {
  const name = 'link kinds by label and host.md';

  it('returns the kind the label names', () => {
    expect(entryTitled(name, 'Labelled Links').links.map((link) => link.kind)).toEqual([
      'arxiv',
      'code',
      'project',
      'model',
      'dataset',
      'blog',
      'paper',
    ]);
  });

  it('returns the kind the host implies for unlabelled links', () => {
    expect(entryTitled(name, 'Unlabelled Links By Host').links.map((link) => link.kind)).toEqual([
      'arxiv',
      'code',
      'dataset',
      'model',
      'doi',
      'paper',
      'paper',
      'paper',
      'paper',
      'web',
    ]);
  });

  it('returns the DOI of a doi.org link', () => {
    expect(entryTitled(name, 'Unlabelled Links By Host').doi).toBe('10.1145/3581783.3612345');
  });
});

describe('when list items are news, table-of-contents links or prose', () => {
  it('returns only the real entry, and the news item that links a paper as skipped', () => {
    const parsed = parseFixture('news items and toc links are not entries.md');
    expect(parsed.records.map((entry) => entry.title)).toEqual(['The Only Entry']);
    expect(parsed.skipped).toEqual([
      {
        where: 'news items and toc links are not entries.md:3',
        code: 'news-item',
        reason: 'an item of "News" links arXiv 2508.08189; news is not an entry',
      },
    ]);
    expect(parsed.coverage).toMatchObject({
      linked: 2,
      entries: 1,
      skipped: [{ id: '2508.08189', line: 3, code: 'news-item' }],
      notUnderstood: [],
    });
  });
});

describe('when entries sit inside HTML comments or code blocks', () => {
  const name = 'entries hidden in comments and code blocks.md';
  const parsed = parseFixture(name);

  it('returns only the visible entries as records', () => {
    expect(parsed.records.map((entry) => entry.title)).toEqual([
      'Visible Paper',
      'Second Visible Paper',
    ]);
  });

  it('returns each hidden entry as skipped, at the line of its list marker', () => {
    expect(parsed.skipped).toEqual([
      {
        where: `${name}:6`,
        code: 'hidden-in-comment',
        reason: 'entry "Commented Out Paper" is inside an HTML comment',
      },
      {
        where: `${name}:13`,
        code: 'hidden-in-comment',
        reason: 'entry "Paper In A Hidden Section" is inside an HTML comment',
      },
      {
        where: `${name}:19`,
        code: 'in-code-block',
        reason: 'entry "Paper In A Code Block" is inside a code block',
      },
    ]);
  });
});

describe('when arXiv links come in different forms', () => {
  it('returns the bare id without version for abs, pdf, html, www and query-string links', () => {
    expect(parseFixture('arxiv link forms.md').records.map((entry) => entry.arxivId)).toEqual([
      '2503.07365',
      '2503.24376',
      '2505.21374',
      '2506.01713',
      '2506.17218',
      '2504.16656',
      'hep-th/9901001',
    ]);
  });
});

describe('when a badge promises a host its link does not point at', () => {
  const name = 'badges that promise the wrong host.md';
  const parsed = parseFixture(name);

  it('returns no arXiv id for an arXiv badge on ACM, but its DOI', () => {
    expect(parsed.records[0]).toMatchObject({ doi: '10.5555/3737916.3742342', arxivId: undefined });
  });

  it('returns invalid-arxiv-id naming the candidate and why, and badge-kind-mismatch', () => {
    expect(codesOf(parsed.warnings)).toEqual([
      `badge-kind-mismatch @ ${name}:4`,
      `invalid-arxiv-id @ ${name}:4`,
      `badge-kind-mismatch @ ${name}:7`,
      `invalid-arxiv-id @ ${name}:9`,
    ]);
    expect(parsed.warnings[1]!.reason).toMatch(/"7916\.37423".*month 16 does not exist/);
    expect(parsed.warnings[3]!.reason).toMatch(/"2505\.1234".*5 digits/);
  });

  it('returns a Star badge on a project page as that page, not as code', () => {
    expect(parsed.records[1]!.links[1]).toMatchObject({ kind: 'web', label: 'Star' });
  });
});

describe('when the title link and the arXiv badge carry different ids', () => {
  const name = 'title link and badge with different ids.md';

  it('returns the title link id and warns link-id-mismatch', () => {
    const parsed = parseFixture(name);
    expect(parsed.records[0]!.arxivId).toBe('2512.24551');
    expect(parsed.warnings).toMatchObject([{ code: 'link-id-mismatch', where: `${name}:4` }]);
    expect(parsed.warnings[0]!.reason).toContain('2511.21541');
  });
});

describe('when entries carry date notes as written in the wild', () => {
  const name = 'date notes in the wild.md';
  const parsed = parseFixture(name);

  it('returns year, month and canonical venue, keeping the raw note', () => {
    expect(
      parsed.records.map(({ year, month, venue, dateText }) => ({ year, month, venue, dateText })),
    ).toEqual([
      { year: 2025, month: 3, venue: undefined, dateText: 'Mar. 2025' },
      { year: 2025, month: 7, venue: undefined, dateText: 'Jl. 2025, Blog' },
      { year: 2025, month: undefined, venue: 'ICLR', dateText: '2025, ICLR oral' },
      { year: 2025, month: undefined, venue: 'ICRA', dateText: 'ICRA 2025' },
      { year: 2024, month: 6, venue: 'NeurIPS', dateText: 'Jun. 2024, NeurIPS 2024' },
      { year: 2025, month: 3, venue: undefined, dateText: 'Mar. 2025, arXiv' },
      { year: 2024, month: undefined, venue: 'NeurIPS', dateText: '2024, Neurips' },
      { year: undefined, month: undefined, venue: undefined, dateText: undefined },
      { year: undefined, month: undefined, venue: undefined, dateText: 'see the appendix' },
    ]);
  });

  it('returns unreadable-date for a note it cannot read', () => {
    expect(codesOf(parsed.warnings)).toEqual([`unreadable-date @ ${name}:11`]);
  });
});

describe('when a date contradicts the month of the arXiv id', () => {
  const name = 'date contradicting the arxiv id.md';
  const parsed = parseFixture(name);

  it('returns the date as written', () => {
    expect(parsed.records[0]).toMatchObject({ arxivId: '2505.18129', year: 2025, month: 3 });
  });

  it('returns date-id-mismatch, but not for a later venue year', () => {
    expect(codesOf(parsed.warnings)).toEqual([`date-id-mismatch @ ${name}:3`]);
    expect(parsed.warnings[0]!.reason).toContain('May 2025');
  });
});

describe('when entries are preprints, publications, blogs, courses or web pages', () => {
  it('returns the kind from the id, the venue, publisher links, the note and the section', () => {
    const parsed = parseFixture('paper kinds.md');
    expect(parsed.records.map(({ title, kind }) => [title, kind])).toEqual([
      ['A Preprint', 'preprint'],
      ['A Conference Paper', 'publication'],
      ['A Journal Paper Without A Venue Note', 'publication'],
      ['A Blog Post By Its Note', 'blog'],
      ['A Tool Page', 'web'],
      ['A Blog Post By Its Section', 'blog'],
      ['A Course By Its Section', 'course'],
    ]);
  });
});

describe('when one arXiv id appears under two titles', () => {
  it('returns both entries as written, each with its own section and line', () => {
    const parsed = parseFixture('same id under two titles.md');
    expect(
      parsed.records.map(({ arxivId, sectionPath, source }) => [arxivId, sectionPath, source.line]),
    ).toEqual([
      ['2305.15260', ['GUI Agents'], 3],
      ['2305.15260', ['World Models'], 7],
    ]);
  });
});

describe('when the text is not a Markdown list at all', () => {
  it('returns no records or sections, and says its one arXiv link was not understood', () => {
    expect(parseFixture('not a markdown list.md')).toEqual({
      title: null,
      sections: [],
      records: [],
      skipped: [],
      warnings: [
        {
          where: 'not a markdown list.md',
          code: 'low-coverage',
          reason:
            "only 0 of 1 linked arXiv papers became entries or the list's survey (0.0%): most of this list was not understood",
        },
        {
          where: 'not a markdown list.md:1',
          code: 'link-not-understood',
          reason:
            'arXiv 2503.07365 is linked here, but no entry carrying it was read from this line',
        },
      ],
      survey: undefined,
      coverage: {
        linked: 1,
        entries: 0,
        survey: undefined,
        skipped: [],
        notUnderstood: [{ id: '2503.07365', line: 1 }],
      },
    });
  });
});

describe('when a comment or code fence is never closed', () => {
  it.each([
    ['unterminated comment.md', /unterminated comment\.md:5: an HTML comment/],
    ['unterminated code fence.md', /unterminated code fence\.md:5: a fenced code block/],
  ])('throws NotThisFormatError for %s naming the line it opens on', (name, message) => {
    const parse = () => parseAwesomeList(readFixture(name), name);
    expect(parse).toThrow(NotThisFormatError);
    expect(parse).toThrow(message);
  });
});
