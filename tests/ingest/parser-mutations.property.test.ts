import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseArxivAtom } from '../../ingest/arxiv/parse-arxiv-atom';
import { parseAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import { parseBibtex } from '../../ingest/bibtex/parse-bibtex';
import { parseCorpus } from '../../ingest/corpus/parse-corpus';
import { parsePaperJsonl } from '../../ingest/jsonl/parse-paper-jsonl';
import type { LimitedFormat } from '../../ingest/limits/input-limits';
import { checkInputLimits } from '../../ingest/limits/input-limits';
import { NotThisFormatError } from '../../ingest/types';
import { describeWithSharedData, sharedAwesomeListFiles, sharedFile } from '../support/shared-data';

/**
 * Random mutations of the real files (cut, duplicated, truncated, spliced with brackets, braces,
 * markup and control characters) fed to every parser behind its input limits: whatever comes
 * in, the only error that may come out is our own typed NotThisFormatError (or InputLimitError).
 */
const NOISE = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '@',
  '"',
  '\\',
  '\n',
  '`',
  '<!--',
  '```',
  '> ',
  '- ',
  '#',
  '&amp;',
  '\u0000',
  '\uFFFD',
  '<entry>',
  '</feed>',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(2000) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(2000) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc
      .array(fc.oneof(fc.constantFrom(...NOISE), fc.string({ maxLength: 8 })), { maxLength: 30 })
      .map((parts) => parts.join('')),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'cut') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'duplicate')
      out = out.slice(0, at) + out.slice(at, at + m.length) + out.slice(at);
    else if (m.kind === 'truncate') out = out.slice(0, at);
    else out = out.slice(0, at) + m.text + out.slice(at);
  }
  return out;
}

function expectOnlyTypedErrors(parse: () => unknown): void {
  try {
    const result = parse() as { records: unknown[]; skipped: unknown[] };
    expect(Array.isArray(result.records)).toBe(true);
    expect(Array.isArray(result.skipped)).toBe(true);
  } catch (error) {
    if (!(error instanceof NotThisFormatError)) throw error;
  }
}

function propertyOver(
  name: string,
  text: string,
  format: LimitedFormat,
  parse: (t: string) => unknown,
  numRuns = 25,
) {
  it(`${name}: any mutation gives records or a typed error`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const mutated = mutate(text, mutations);
        expectOnlyTypedErrors(() => {
          checkInputLimits(mutated, name, format);
          return parse(mutated);
        });
      }),
      { numRuns, seed: 20261202 },
    );
  }, 120_000);
}

const ATOM = readFileSync(
  join(
    import.meta.dirname,
    'arxiv/fixtures/feed with a revised paper, a doi and a journal ref.xml',
  ),
  'utf8',
);
propertyOver('the Atom fixture', ATOM, 'arxiv', (t) => parseArxivAtom(t, 'feed.xml'));

const CORPUS = join(import.meta.dirname, '../../db/corpus/visual-rl');
it('the bundled corpus: any mutation of one of its files gives a corpus or a typed error', () => {
  const files = new Map(
    readdirSync(CORPUS).map((name) => [name, readFileSync(join(CORPUS, name), 'utf8')]),
  );
  const names = [...files.keys()];
  fc.assert(
    fc.property(
      fc.constantFrom(...names),
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      (name, mutations) => {
        const mutated = new Map(files);
        mutated.set(name, mutate(files.get(name)!, mutations));
        try {
          parseCorpus(mutated, CORPUS);
        } catch (error) {
          if (!(error instanceof NotThisFormatError)) throw error;
        }
      },
    ),
    { numRuns: 15, seed: 20261202 },
  );
}, 120_000);

describeWithSharedData('random mutations of the real shared files', () => {
  const newestList = sharedAwesomeListFiles().at(-1)!;
  propertyOver(
    'the newest awesome-list',
    readFileSync(newestList, 'utf8'),
    'awesome',
    (t) => parseAwesomeList(t, 'README.md'),
    10,
  );
  propertyOver(
    'readme-citations.bib',
    readFileSync(sharedFile('readme-citations.bib'), 'utf8'),
    'bibtex',
    (t) => parseBibtex(t, 'readme-citations.bib'),
  );
  propertyOver(
    'paper-metadata.jsonl',
    readFileSync(sharedFile('paper-metadata.jsonl'), 'utf8'),
    'jsonl',
    (t) => parsePaperJsonl(t, 'paper-metadata.jsonl'),
  );
});
