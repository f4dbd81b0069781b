import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';
import { decodeText } from '../../../ingest/text/decode-text';
import { formatListEntry, generatePapers } from '../../../bench/synthetic/generate-corpus';
import { hasSharedData, sharedAwesomeListFiles, sharedListsDir } from '../../support/shared-data';

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** From a cut at every possible place to pieces of a few sections. */
const CHUNK_SIZES = [1, 400, 4000];

/** The parse, or the error it throws, as data to compare. */
function outcome(text: string, name: string, chunkChars: number): unknown {
  try {
    return parseAwesomeList(text, name, { chunkChars });
  } catch (error) {
    return { error: String(error), line: (error as { line?: number }).line };
  }
}

function expectSameInPieces(text: string, name: string): void {
  const whole = outcome(text, name, Infinity);
  for (const chunkChars of CHUNK_SIZES) {
    expect(outcome(text, name, chunkChars), `${name} in pieces of ${chunkChars}`).toEqual(whole);
  }
}

const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.md'));
const realLists = hasSharedData
  ? [
      ...sharedAwesomeListFiles(),
      ...readdirSync(sharedListsDir)
        .filter((name) => name.endsWith('.md') && name !== 'README.md')
        .map((name) => join(sharedListsDir, name)),
    ]
  : [];

describe('when a list is parsed in pieces instead of as one tree', () => {
  it.each(fixtures)('reads exactly what the whole parse reads in the fixture %s', (name) => {
    expectSameInPieces(readFileSync(join(FIXTURES, name), 'utf8'), name);
  });

  it.runIf(hasSharedData).each(realLists.map((path) => [basename(path), path]))(
    'reads exactly what the whole parse reads in the real list %s',
    (name, path) => {
      expectSameInPieces(decodeText(readFileSync(path), name), name);
    },
  );

  it('resolves references to definitions and footnotes made in another piece', () => {
    const text = [
      '# Awesome Pieces',
      '',
      '## First',
      '',
      '- [Alpha Paper Title][alpha] see [^1]',
      '',
      '- [Beta Paper Title] [code][beta]',
      '',
      '## Second',
      '',
      '[alpha]: https://arxiv.org/abs/2401.00001',
      '[Beta Paper Title]: https://arxiv.org/abs/2401.00002',
      '[beta]: https://github.com/x/beta',
      '',
      '[^1]: a note',
      '',
    ].join('\n');
    expectSameInPieces(text, 'definitions.md');
    expect(parseAwesomeList(text, 'definitions.md', { chunkChars: 1 }).records).toHaveLength(2);
  });

  it('does not cut inside code fences, HTML blocks or comments, however headings look there', () => {
    const text = [
      '# Title',
      '',
      '> ```',
      '> - [Quoted Fence Paper](https://arxiv.org/abs/2401.00010)',
      '```',
      '',
      '## Inside a fence opened by the line above',
      '',
      '- [Fenced Paper](https://arxiv.org/abs/2401.00011)',
      '```',
      '',
      '<pre>',
      '',
      '## Inside pre',
      '',
      '- [Pre Paper](https://arxiv.org/abs/2401.00012)',
      '</pre>',
      '',
      '<!--',
      '',
      '## Inside a comment',
      '',
      '- [Hidden Paper](https://arxiv.org/abs/2401.00013)',
      '-->',
      '',
      '## Real',
      '',
      '- [Real Paper](https://arxiv.org/abs/2401.00014)',
      '',
    ].join('\n');
    expectSameInPieces(text, 'blocks.md');
  });

  it('keeps a list with the paragraph whose sub-lines it holds, and the title and survey found at the end', () => {
    const text = [
      '# Awesome Title',
      '',
      '## Papers',
      '',
      'A Plain Title Line Of A Paper',
      '',
      '- [Paper](https://arxiv.org/abs/2401.00020)',
      '',
      '- [Code](https://github.com/x/y)',
      '',
      '## More',
      '',
      'Papers that are entries of their own, after a line of prose:',
      '',
      '- [Prose Listed One Paper](https://arxiv.org/abs/2401.00023)',
      '',
      '- [Prose Listed Two Paper](https://arxiv.org/abs/2401.00024)',
      '',
      '1. [Numbered One Paper](https://arxiv.org/abs/2401.00021)',
      '',
      '2. [Numbered Two Paper](https://arxiv.org/abs/2401.00022)',
      '',
      '- [The Survey Itself](https://arxiv.org/abs/2401.00099)',
      '',
      '# A Second H1',
      '',
      '```bibtex',
      '@article{survey, title={The Survey Itself}, journal={arXiv:2401.00099}}',
      '```',
      '',
    ].join('\r\n');
    expectSameInPieces(text, 'late-facts.md');
    expectSameInPieces(`\uFEFF${text}`, 'bom.md');
  });

  it('parses a generated list over 1 MB in pieces by default, as the whole parse does', () => {
    const papers = [
      ...generatePapers({
        papers: 3500,
        seed: 7,
        concepts: {
          algorithms: ['GRPO'],
          rewards: ['verifiable reward'],
          benchmarks: ['WebArena'],
        },
      }),
    ];
    const text = ['# Awesome Generated', '', '## Papers', '', ...papers.map(formatListEntry)].join(
      '\n',
    );
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(parseAwesomeList(text, 'generated.md')).toEqual(
      parseAwesomeList(text, 'generated.md', { chunkChars: Infinity }),
    );
  });
});
