import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMarkdown, githubRepo } from '../../src/export/format-markdown';
import type { MarkdownGroupBy } from '../../src/export/markdown-groups';
import type { PaperDetails } from '../../src/model/paper/paper';
import type { Db } from '../../src/store/database';
import { listAllLists } from '../../src/store/list.store';
import { listPaperDetailsByIds } from '../../src/store/paper-details.store';
import { listPaperIds } from '../../src/store/paper.store';
import { createTestGraph, ingestMarkdown } from '../support/graph';
import { describeWithSharedData, sharedAwesomeListFiles } from '../support/shared-data';

const FIXTURE = join(import.meta.dirname, '../ingest/fixtures/list version one.md');

function allDetails(db: Db): PaperDetails[] {
  return listPaperDetailsByIds(db, listPaperIds(db, { limit: -1, offset: 0 }));
}

function listSurveyArxivId(db: Db): string | null | undefined {
  const id = listAllLists(db)[0]?.surveyPaperId;
  return id == null ? undefined : listPaperDetailsByIds(db, [id])[0]?.paper.arxivId;
}

/** Ingests `markdown`, exports the graph as Markdown, and ingests that into a second graph. */
function roundTrip(markdown: string, file: string, groupBy: MarkdownGroupBy = 'section') {
  const source = createTestGraph().db;
  ingestMarkdown(source, markdown, file);
  const before = allDetails(source);
  const surveyPaperId = listAllLists(source)[0]?.surveyPaperId ?? undefined;
  const exported = formatMarkdown(before, { groupBy, title: 'Exported', surveyPaperId });
  const target = createTestGraph().db;
  const summary = ingestMarkdown(target, exported, 'exported.md');
  const surveys = { before: listSurveyArxivId(source), after: listSurveyArxivId(target) };
  return { before, after: allDetails(target), exported, summary, surveys };
}

/**
 * What a reader of the list sees of a paper: its id or title, its code repositories and its
 * places. (A Star badge names the repository, so `github.com/o/r/tree/main` comes back as `o/r`.)
 */
function listView(papers: PaperDetails[]): string[] {
  return papers
    .flatMap(({ paper, links, sections }) => {
      const id = paper.arxivId ? `arXiv:${paper.arxivId}` : paper.title;
      const code = links
        .filter((link) => link.kind === 'code')
        .map((link) => githubRepo(link.url) ?? link.url);
      return sections.map(
        (path) => `${id} | ${paper.title} | ${code.join(' ')} @ ${path.join(' / ')}`,
      );
    })
    .sort();
}

describe('a Markdown export, ingested again', () => {
  const markdown = readFileSync(FIXTURE, 'utf8');

  it('gives back the same papers, titles, code links and section paths', () => {
    const { before, after, summary } = roundTrip(markdown, basename(FIXTURE));
    expect(summary.skipped).toEqual([]);
    expect(after).toHaveLength(before.length);
    expect(listView(after)).toEqual(listView(before));
  });

  it('exports the re-ingested graph as the very same Markdown', () => {
    const { after, exported } = roundTrip(markdown, basename(FIXTURE));
    expect(formatMarkdown(after, { title: 'Exported' })).toBe(exported);
  });

  it('when grouped by year, places each paper under its year', () => {
    const { after } = roundTrip(markdown, basename(FIXTURE), 'year');
    const places = after.map(({ paper, sections }) => [paper.title.slice(0, 12), sections]);
    expect(places).toEqual(
      expect.arrayContaining([
        ['MM-Eureka: E', [['2025']]],
        ['DiffPPO: Rei', [['2024']]],
      ]),
    );
  });
});

describeWithSharedData(
  'every real version of the Visual-RL list, exported and ingested again',
  () => {
    it.each(sharedAwesomeListFiles().map((file) => [basename(file), file]))(
      '%s keeps its papers and their section paths',
      (name, file) => {
        const { before, after, summary, surveys } = roundTrip(readFileSync(file, 'utf8'), name);
        expect(summary.skipped).toEqual([]);
        expect(after).toHaveLength(before.length);
        expect(listView(after)).toEqual(listView(before));
        expect(surveys.after).toBe(surveys.before);
      },
    );
  },
);
