import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findListByName } from '../../src/store/list.store';
import { countPapers, findPaperByArxivId } from '../../src/store/paper.store';
import { listAuthorNamesOfPaper } from '../../src/store/author.store';
import { createTestApp } from '../support/app';
import { createTestGraph, ingestMarkdown } from '../support/graph';

const styles = join(import.meta.dirname, 'awesome-list', 'fixtures');
const fixture = (name: string) => readFileSync(join(styles, name), 'utf8');
const SURVEYED = 'list with its survey in a citation block.md';
const METHODS = 'method first table with the link on the short name.md';
const NESTED = 'nested entries with labelled sub-lines.md';

describe('when a list names its own survey', () => {
  it('stores the survey as an unlisted paper the list points at, apart from its papers', () => {
    const { db } = createTestGraph();
    const summary = ingestMarkdown(db, fixture(SURVEYED), SURVEYED, 'reasoning');
    expect(summary.papers.total).toBe(1);
    expect(summary.survey?.arxivId).toBe('2509.08827');
    const survey = findPaperByArxivId(db, '2509.08827')!;
    expect(survey).toMatchObject({
      title: 'A survey of reinforcement learning for large reasoning models',
      kind: 'preprint',
    });
    expect(findListByName(db, 'reasoning')?.surveyPaperId).toBe(survey.id);
    expect(countPapers(db, { listed: true })).toBe(1);
    expect(countPapers(db, { listed: false })).toBe(1);
  });

  it('keeps one survey paper when the same version is ingested again', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(SURVEYED), SURVEYED, 'reasoning');
    ingestMarkdown(db, fixture(SURVEYED), SURVEYED, 'reasoning');
    expect(countPapers(db)).toBe(2);
  });

  it('answers list { survey } and lists over GraphQL', async () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(SURVEYED), SURVEYED, 'reasoning');
    const { query } = createTestApp(db);
    const response = await query(
      '{ list(name: "reasoning") { name survey { arxivId title } } lists { name } missing: list(name: "nope") { name } }',
    );
    expect(response).toEqual({
      data: {
        list: {
          name: 'reasoning',
          survey: {
            arxivId: '2509.08827',
            title: 'A survey of reinforcement learning for large reasoning models',
          },
        },
        lists: [{ name: 'reasoning' }],
        missing: null,
      },
    });
  });
});

describe('when a list gives short names and authors', () => {
  it('stores the short name, exposes it and finds the paper by it', async () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(METHODS), METHODS);
    expect(findPaperByArxivId(db, '2106.01345')?.shortName).toBe('DT');
    const { query } = createTestApp(db);
    const response = await query<{
      paper: { shortName: string };
      search: { edges: { node: { arxivId: string } }[] };
    }>(
      '{ paper(arxivId: "2106.02039") { shortName } search(query: "TT") { edges { node { arxivId } } } }',
    );
    expect(response.data?.paper.shortName).toBe('TT');
    expect(response.data?.search.edges.map((e) => e.node.arxivId)).toEqual(['2106.02039']);
  });

  it('stores the authors a sub-line names, for a paper that has none', () => {
    const { db } = createTestGraph();
    ingestMarkdown(db, fixture(NESTED), NESTED);
    const paper = findPaperByArxivId(db, '2509.11543')!;
    expect(listAuthorNamesOfPaper(db, paper.id)).toEqual(['Zhengxi Lu', 'Jiabo Ye', 'Fei Tang']);
  });
});
