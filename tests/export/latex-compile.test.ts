import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../support/cli';
import { hasSharedData, sharedFile } from '../support/shared-data';
import { samplePapers } from './paper-fixtures';
import { formatBibtex } from '../../src/export/format-bibtex';
import type { PaperDetails } from '../../src/model/paper/paper';
import { generatePapers } from './generated-papers';

/** The TeX programs this suite needs; it is skipped, saying which are missing, without them. */
const TOOLS = ['pdflatex', 'bibtex', 'biber'];
const missing = TOOLS.filter((tool) => spawnSync('which', [tool]).status !== 0);
const describeWithTex = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) {
  console.warn(
    `[surveygraph tests] ${missing.join(', ')} not found: the LaTeX compilation tests are skipped ` +
      '(install texlive-latex-base texlive-latex-recommended texlive-bibtex-extra biber).',
  );
}

/** Citation keys of a .bib text, in order. */
function keysOf(bib: string): string[] {
  return [...bib.matchAll(/^@\w+\{([^,\s]+),/gm)].map((match) => match[1]!);
}

type Engine = 'bibtex' | 'biber' | 'biber-safeinputenc';

/** A document that cites every key, with classic BibTeX or with BibLaTeX and Biber. */
function documentCiting(keys: string[], engine: Engine): string {
  const biblatex = engine !== 'bibtex';
  const options = engine === 'biber-safeinputenc' ? 'backend=biber,safeinputenc' : 'backend=biber';
  const preamble = biblatex
    ? [`\\usepackage[${options}]{biblatex}`, '\\addbibresource{refs.bib}']
    : [];
  const end = biblatex
    ? ['\\printbibliography']
    : ['\\bibliographystyle{plain}', '\\bibliography{refs}'];
  return [
    '\\documentclass{article}',
    '\\usepackage[utf8]{inputenc}',
    ...preamble,
    '\\begin{document}',
    `Every paper: \\cite{${keys.join(',')}}.`,
    ...end,
    '\\end{document}',
    '',
  ].join('\n');
}

interface Compilation {
  errors: string[];
  log: string;
}

/** pdflatex, then bibtex or biber, then pdflatex twice; the errors any step reported. */
function compile(bib: string, engine: Engine): Compilation {
  const biblatex = engine !== 'bibtex';
  const dir = mkdtempSync(join(tmpdir(), 'surveygraph-tex-'));
  try {
    writeFileSync(join(dir, 'refs.bib'), bib);
    writeFileSync(join(dir, 'main.tex'), documentCiting(keysOf(bib), engine));
    const latex = () =>
      spawnSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'main.tex'], {
        cwd: dir,
        encoding: 'utf8',
      });
    const errors: string[] = [];
    const step = (name: string, result: ReturnType<typeof spawnSync>) => {
      if (result.status !== 0) errors.push(`${name} exited ${String(result.status)}`);
    };
    step('pdflatex (1)', latex());
    const bibRun = spawnSync(biblatex ? 'biber' : 'bibtex', ['main'], {
      cwd: dir,
      encoding: 'utf8',
    });
    step(biblatex ? 'biber' : 'bibtex', bibRun);
    step('pdflatex (2)', latex());
    step('pdflatex (3)', latex());
    const log = readFileSync(join(dir, 'main.log'), 'utf8');
    const bibLog = readFileSync(join(dir, 'main.blg'), 'utf8');
    errors.push(...log.split('\n').filter((line) => line.startsWith('! ')));
    errors.push(...bibLog.split('\n').filter((line) => /^(ERROR|.*error message)/i.test(line)));
    if (/Citation .* undefined/.test(log)) errors.push('undefined citations');
    return { errors, log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A letter with two accents (`ễ`), which Biber decodes only half-way (`{\\~ê}`) for pdfLaTeX. */
const twoAccents = (details: PaperDetails) =>
  details.authors.some((name) => [...name].some((c) => c.normalize('NFD').length > 2));

/** A fresh TeX installation builds its fonts on the first run (mktexpk), which takes a while. */
const TEX_TIMEOUT = 240_000;

describeWithTex('exported BibTeX compiled with LaTeX', () => {
  const fixtures = [...samplePapers, ...generatePapers(40)];

  it(
    'compiles the fixture papers with pdflatex + bibtex without an error',
    () => {
      expect(compile(formatBibtex(fixtures, { dialect: 'bibtex' }), 'bibtex').errors).toEqual([]);
    },
    TEX_TIMEOUT,
  );

  it(
    'compiles them with pdflatex + biber, and with safeinputenc for two-accent letters',
    () => {
      const plain = fixtures.filter((details) => !twoAccents(details));
      expect(plain.length).toBeLessThan(fixtures.length);
      const biblatex = (papers: PaperDetails[]) => formatBibtex(papers, { dialect: 'biblatex' });
      expect(compile(biblatex(plain), 'biber').errors).toEqual([]);
      expect(compile(biblatex(fixtures), 'biber-safeinputenc').errors).toEqual([]);
    },
    TEX_TIMEOUT,
  );

  describe.skipIf(!hasSharedData)('over the real list, metadata and BibTeX', () => {
    const dir = tempDir();
    const db = join(dir, 'g.sqlite');
    beforeAll(async () => {
      const list = sharedFile('awesome', 'README.2026-02-10.7441bd7.md');
      await run(['ingest', '--db', db, '--list', 'visual-rl', list]);
      await run([
        'ingest',
        '--db',
        db,
        sharedFile('paper-metadata.jsonl'),
        sharedFile('readme-citations.bib'),
      ]);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ['bibtex', 'bibtex'],
      ['biblatex', 'biber'],
    ] as const)(
      'compiles every paper as %s without an error',
      async (format, engine) => {
        const exported = await run(['export', '--db', db, '--format', format]);
        expect(exported.code).toBe(0);
        expect(keysOf(exported.stdout).length).toBeGreaterThan(220);
        expect(compile(exported.stdout, engine).errors).toEqual([]);
      },
      TEX_TIMEOUT,
    );
  });
});
