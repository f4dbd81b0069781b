import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArxivAtom } from '../../../ingest/arxiv/parse-arxiv-atom';
import { NotThisFormatError } from '../../../ingest/types';

function parseFixture(name: string) {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return parseArxivAtom(text, name);
}

const FEED = 'feed with a revised paper, a doi and a journal ref.xml';

describe('parseArxivAtom', () => {
  it('reads a revised paper: bare id and version, collapsed title, dates, links, DOI', () => {
    const [record] = parseFixture(FEED).records;
    expect(record).toEqual({
      format: 'arxiv-atom',
      source: { file: FEED, line: 10 },
      arxivId: '2503.07365',
      version: 2,
      title:
        'MM-Eureka: Exploring the Frontiers of Multimodal Reasoning with Rule-based Reinforcement Learning',
      authors: ['Fanqing Meng', 'Lingxiao Du'],
      affiliations: [['Shanghai AI Laboratory'], []],
      abstract:
        'A fixture summary written for this test: rule-based rewards for multimodal reasoning, ' +
        'trained at scale with reinforcement learning with $\\pi_0$ and 10\\% <more> data — ' +
        'see https://github.com/ModalMinds/MM-EUREKA',
      published: '2025-03-10',
      year: 2025,
      month: 3,
      updated: '2025-04-14',
      url: 'https://arxiv.org/abs/2503.07365v2',
      pdfUrl: 'https://arxiv.org/pdf/2503.07365v2',
      doi: '10.1000/example.2025.123',
      categories: ['cs.CV', 'cs.AI', 'cs.CL'],
      journalRef: 'Example Journal of Learning 12 (2025) 1-20',
      comment: 'Technical report, 20 pages',
    });
  });

  it('reads the older per-element-namespace layout and old-style ids', () => {
    const [, record] = parseFixture(FEED).records;
    expect(record).toMatchObject({
      arxivId: 'hep-ex/0307015',
      version: 1,
      title: 'Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA',
      authors: ['H1 Collaboration'],
      published: '2003-07-07',
      categories: ['hep-ex'],
      journalRef: 'Eur.Phys.J. C31 (2003) 17-29',
      source: { line: 38 },
    });
    expect(record?.affiliations).toBeUndefined();
  });

  it('skips the API error entry with the API message', () => {
    const result = parseFixture('error feed for a malformed id.xml');
    expect(result.records).toEqual([]);
    expect(result.skipped).toEqual([
      {
        where: 'error feed for a malformed id.xml:11',
        code: 'api-error',
        reason: 'the arXiv API answered: incorrect id format for 1234.12345',
      },
    ]);
  });

  it('returns nothing for a feed with no results', () => {
    expect(parseFixture('empty feed with no results.xml')).toEqual({
      records: [],
      skipped: [],
      warnings: [],
    });
  });

  it('throws NotThisFormatError for HTML, plain text and RSS', () => {
    expect(() => parseFixture('html error page.html')).toThrow(NotThisFormatError);
    expect(() => parseFixture('rate exceeded.txt')).toThrow(NotThisFormatError);
    expect(() => parseFixture('rss instead of atom.xml')).toThrow(/not an Atom feed/);
  });
});
