import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCrossrefWorks } from '../../../ingest/crossref/parse-crossref-works';
import { parseGrobidTei } from '../../../ingest/grobid/parse-grobid-tei';
import { parseOpenAlexWorks } from '../../../ingest/openalex/parse-openalex-works';
import { parseS2CitationsDataset } from '../../../ingest/semantic-scholar/parse-s2-citations-dataset';
import { parseS2Response } from '../../../ingest/semantic-scholar/parse-s2-response';
import { NotThisFormatError } from '../../../ingest/types';
import { parseUnarxive } from '../../../ingest/unarxive/parse-unarxive';
import { sniffCitationFormat } from '../../../ingest/citations/sniff-citation-format';

const FIXTURES = join(import.meta.dirname, '../fixtures/citations');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const SUBJECT = { arxivId: '2503.07365' };

describe('when reading Semantic Scholar /references', () => {
  const name = 's2 references page with contexts and intents.json';
  const parsed = parseS2Response(fixture(name), name, SUBJECT);

  it('makes the subject the citing work and keeps contexts, intents and influence', () => {
    expect(parsed.direction).toBe('references');
    expect(parsed.records).toHaveLength(2);
    expect(parsed.records[0]).toMatchObject({
      format: 's2-references',
      citing: SUBJECT,
      cited: {
        arxivId: '1707.06347',
        s2Id: 'corpus:28695052',
        title: 'Proximal Policy Optimization Algorithms',
        year: 2017,
      },
      contexts: ['We optimise the policy with PPO [12] and clip the ratio.'],
      intents: ['methodology'],
      isInfluential: true,
    });
    expect(parsed.records[1]!.cited.doi).toBe('10.1000/journal.2019.42');
  });

  it('skips a cited paper Semantic Scholar could not resolve, saying which item', () => {
    expect(parsed.skipped).toEqual([
      expect.objectContaining({
        code: 'unidentified-paper',
        reason: expect.stringContaining('data[2]'),
      }),
    ]);
  });
});

describe('when reading Semantic Scholar /citations', () => {
  const name = 's2 citations page.json';
  const parsed = parseS2Response(fixture(name), name, SUBJECT);

  it('makes the subject the cited work', () => {
    expect(parsed.direction).toBe('citations');
    expect(parsed.records).toEqual([
      expect.objectContaining({
        format: 's2-citations',
        cited: SUBJECT,
        citing: expect.objectContaining({ arxivId: '2505.07818', s2Id: 'corpus:222' }),
        intents: ['methodology', 'background'],
      }),
    ]);
  });

  it('refuses text that is not a response page', () => {
    expect(() => parseS2Response('{"paperId": "x"}', 'paper.json', SUBJECT)).toThrow(
      NotThisFormatError,
    );
  });
});

describe('when reading the Semantic Scholar citations dataset', () => {
  const name = 's2 citations dataset lines.jsonl';
  const parsed = parseS2CitationsDataset(fixture(name), name);

  it('reads corpus ids at both ends and flattens the per-context intents', () => {
    expect(parsed.records.map((r) => [r.citing.s2Id, r.cited.s2Id, r.isInfluential])).toEqual([
      ['corpus:222', 'corpus:28695052', true],
      ['corpus:333', 'corpus:111', false],
    ]);
    expect(parsed.records[1]!.intents).toEqual(['background']);
  });

  it('skips lines with a null end and lines that are not JSON, with their line numbers', () => {
    expect(parsed.skipped.map((f) => [f.where, f.code])).toEqual([
      [`${name}:2`, 'missing-corpus-id'],
      [`${name}:4`, 'invalid-json'],
    ]);
  });
});

describe('when reading an OpenAlex work', () => {
  const name = 'openalex work with arxiv location.json';
  const parsed = parseOpenAlexWorks(fixture(name), name);

  it('identifies the work by OpenAlex id, DOI and the arXiv id of its arXiv location', () => {
    expect(parsed.records[0]!.citing).toMatchObject({
      openalexId: 'W4400000001',
      arxivId: '2505.07818',
      doi: '10.48550/arxiv.2505.07818',
      year: 2025,
    });
  });

  it('cites each referenced work by its OpenAlex id and skips what is not one', () => {
    expect(parsed.records.map((r) => r.cited.openalexId)).toEqual(['W2963403868', 'W2741809807']);
    expect(parsed.skipped.map((f) => f.code)).toEqual(['invalid-openalex-id']);
  });

  it('reads a results page of several works', () => {
    const page = JSON.stringify({
      meta: { count: 2 },
      results: [JSON.parse(fixture(name)), JSON.parse(fixture(name))],
    });
    expect(parseOpenAlexWorks(page, 'page.json').records).toHaveLength(4);
  });
});

describe('when reading a Crossref work', () => {
  const name = 'crossref work with references.json';
  const parsed = parseCrossrefWorks(fixture(name), name);

  it('reads DOIs, arXiv ids in unstructured strings, and titled references', () => {
    expect(parsed.records.map((r) => r.cited)).toEqual([
      expect.objectContaining({ doi: '10.1000/journal.2019.42' }),
      expect.objectContaining({ arxivId: '1707.06347', raw: expect.stringContaining('Proximal') }),
      expect.objectContaining({
        title: 'Deep reinforcement learning from human preferences',
        year: 2017,
      }),
    ]);
    expect(parsed.records[0]!.citing).toMatchObject({ doi: '10.1145/3600000.3600001', year: 2024 });
  });

  it('skips a reference with nothing to identify it', () => {
    expect(parsed.skipped).toEqual([
      expect.objectContaining({ code: 'empty-reference', reason: expect.stringContaining('ref4') }),
    ]);
  });
});

describe('when reading GROBID TEI', () => {
  const name = 'grobid fulltext with two references.tei.xml';
  const parsed = parseGrobidTei(fixture(name), name);

  it('takes the paper from the header and each listBibl biblStruct as a reference', () => {
    expect(parsed.records.map((r) => r.citing.arxivId)).toEqual(['2503.07365', '2503.07365']);
    expect(parsed.records[0]!.cited).toMatchObject({
      arxivId: '1707.06347',
      title: 'Proximal policy optimization algorithms',
      year: 2017,
    });
    expect(parsed.records[1]!.cited).toMatchObject({
      doi: '10.5555/3294996.3295184',
      raw: expect.stringContaining('Christiano'),
    });
  });

  it('keeps the body sentences that cite each reference, and the line of each biblStruct', () => {
    expect(parsed.records[0]!.contexts).toEqual([
      'Policy gradients with clipping [1] are the workhorse.',
    ]);
    expect(parsed.records[1]!.contexts).toEqual(['Preferences can replace rewards [2] & more.']);
    expect(parsed.records[0]!.source.line).toBe(25);
    expect(parsed.skipped).toEqual([
      expect.objectContaining({ code: 'empty-bibl-struct', where: `${name}:36` }),
    ]);
  });

  it('refuses XML that is not TEI', () => {
    expect(() => parseGrobidTei('<feed></feed>', 'atom.xml')).toThrow(NotThisFormatError);
  });
});

describe('when reading unarXive JSONL', () => {
  const name = 'unarxive paper with five bib entries.jsonl';
  const parsed = parseUnarxive(fixture(name), name);

  it('accounts for every bib entry: a record or a skipped finding', () => {
    expect(parsed.records).toHaveLength(4);
    expect(parsed.skipped.map((f) => f.code)).toEqual(['empty-bib-entry', 'invalid-arxiv-id']);
  });

  it('uses resolved ids, arXiv ids found in the string, and the raw string otherwise', () => {
    expect(parsed.records.map((r) => r.cited.arxivId ?? r.cited.doi ?? r.cited.raw)).toEqual([
      '1707.06347',
      '10.1000/journal.2019.42',
      'B. Writer. An unresolved report, 2001.',
      '2101.00001',
    ]);
    expect(parsed.records[0]!.cited.openalexId).toBe('W2736601468');
    expect(parsed.records[0]!.citing).toEqual({
      arxivId: '2212.00001',
      doi: undefined,
      title: 'A Paper From unarXive',
      year: 2022,
    });
  });

  it('gives each cited entry the sentence around its marker', () => {
    expect(parsed.records[0]!.contexts).toEqual(['Earlier work studied this [*].']);
    expect(parsed.records[1]!.contexts).toEqual(['Others disagree [*][*].']);
  });
});

describe('when telling citation formats apart by content', () => {
  it.each([
    ['s2 references page with contexts and intents.json', 's2'],
    ['s2 citations dataset lines.jsonl', 's2-dataset'],
    ['openalex work with arxiv location.json', 'openalex'],
    ['crossref work with references.json', 'crossref'],
    ['grobid fulltext with two references.tei.xml', 'grobid'],
    ['unarxive paper with five bib entries.jsonl', 'unarxive'],
  ])('recognises %s as %s', (name, format) => {
    expect(sniffCitationFormat(fixture(name))).toBe(format);
  });

  it('recognises nothing in paper-metadata JSON Lines', () => {
    expect(sniffCitationFormat('{"arxiv_id": "2505.07818", "title": "x"}')).toBeUndefined();
  });
});
