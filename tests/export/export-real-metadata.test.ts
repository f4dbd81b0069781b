import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse } from '@retorquere/bibtex-parser';
import { expect, it } from 'vitest';
import { assignCitationKeys } from '../../src/model/paper/citation-key';
import { formatBibtex, type BibtexDialect } from '../../src/export/format-bibtex';
import { formatRis } from '../../src/export/format-ris';
import type { PaperDetails } from '../../src/model/paper/paper';
import { describeWithSharedData, sharedFile } from '../support/shared-data';

interface MetadataLine {
  arxiv_id: string;
  title: string;
  authors: string[] | null;
  abstract: string | null;
  published: string | null;
}

/** The survey's real paper metadata as export input: raw arXiv titles, names and abstracts. */
function readRealPapers(): PaperDetails[] {
  const lines = readFileSync(sharedFile('paper-metadata.jsonl'), 'utf8').trim().split('\n');
  return lines.map((line, index) => {
    const record = JSON.parse(line) as MetadataLine;
    const date = /^(\d{4})-(\d{2})/.exec(record.published ?? '');
    return {
      paper: {
        id: index + 1,
        key: `arxiv:${record.arxiv_id}`,
        arxivId: /^\d{4}\.\d{4,5}$/.test(record.arxiv_id) ? record.arxiv_id : null,
        doi: null,
        title: record.title,
        year: date ? Number(date[1]) : null,
        month: date ? Number(date[2]) : null,
        venue: null,
        dateText: null,
        published: record.published,
        kind: 'preprint',
        abstract: record.abstract,
      },
      authors: record.authors ?? [],
      links: [],
      sections: [],
      pillars: [],
    };
  });
}

describeWithSharedData('exports of the real Visual-RL paper metadata', () => {
  const papers = readRealPapers();

  it.each<BibtexDialect>(['bibtex', 'biblatex'])(
    'parse as %s with no errors, every paper present and every plain title intact',
    (dialect) => {
      const library = parse(formatBibtex(papers, { dialect, includeAbstracts: true }), {
        sentenceCase: false,
      });
      expect(library.errors).toEqual([]);
      expect(library.entries).toHaveLength(papers.length);
      library.entries.forEach((entry, index) => {
        const title = papers[index]!.paper.title;
        if (title.includes('$')) return;
        expect(entry.fields.title?.normalize('NFC')).toBe(
          title.replace(/\s+/g, ' ').trim().normalize('NFC'),
        );
      });
    },
  );

  it('gives every paper a unique key', () => {
    const keys = assignCitationKeys(papers, new Map());
    expect(new Set(keys.values()).size).toBe(papers.length);
    expect(keys.get(papers.find(({ paper }) => paper.arxivId === '2503.07365')!.paper.id)).toBe(
      'meng2025mmeureka',
    );
  });

  it('reads back from RIS with every paper and its author count', () => {
    const items = new Cite(formatRis(papers), { forceType: '@ris/file' }).data;
    expect(items).toHaveLength(papers.length);
    items.forEach((item, index) => {
      const authors = (item.author as unknown[] | undefined) ?? [];
      expect(authors).toHaveLength(papers[index]!.authors.length);
    });
  });
});
