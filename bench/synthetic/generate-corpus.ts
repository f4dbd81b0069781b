import { createRandom, createZipf, type Random } from './random';
import {
  ABSTRACT_SENTENCES,
  FIRST_NAMES,
  LAST_SYLLABLES,
  SECTIONS,
  TITLE_PATTERNS,
} from './vocabulary';

/**
 * A synthetic corpus in our own input formats, for benchmarks at sizes the real one never
 * reaches. Deterministic: the same options give the same bytes. Authors and venues follow a
 * Zipf law (a few prolific labs, a long tail), titles and abstracts use the field's words and
 * name our ontology's concepts, some papers sit in several sections, some have no BibTeX or
 * no abstract — as in the real list and metadata.
 */
export interface CorpusOptions {
  papers: number;
  seed: number;
  /** Names of ontology concepts (algorithms, rewards, benchmarks) mentioned in the text. */
  concepts: { algorithms: string[]; rewards: string[]; benchmarks: string[] };
}

export interface SyntheticPaper {
  arxivId: string;
  title: string;
  authors: string[];
  year: number;
  month: number;
  venue: string | null;
  sections: string[];
  abstract: string | null;
  code: string | null;
  hasBibtex: boolean;
}

const VENUES = ['CVPR', 'NeurIPS', 'ICLR', 'ICML', 'ICCV', 'ECCV', 'AAAI', 'ACL', 'EMNLP', 'TPAMI'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FIRST_YEAR = 2022;
const YEARS = 5;

/** The papers, one at a time (100k papers with abstracts do not need to sit in memory). */
export function* generatePapers(options: CorpusOptions): Generator<SyntheticPaper> {
  const random = createRandom(options.seed);
  const authorPool = Math.max(50, Math.round(options.papers * 0.8));
  const author = createZipf(authorPool, 1.05, random);
  const venue = createZipf(VENUES.length, 1.2, random);
  const section = createZipf(SECTIONS.length, 0.8, random);
  const perMonth = Math.ceil(options.papers / (YEARS * 12));
  for (let index = 0; index < options.papers; index++) {
    const monthIndex = Math.floor(index / perMonth);
    const year = FIRST_YEAR + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const arxivId = `${String(year).slice(2)}${String(month).padStart(2, '0')}.${String(10000 + (index % perMonth)).padStart(5, '0')}`;
    const authors = [...new Set(pickMany(1 + Math.floor(random() * 10), () => author()))];
    const first = SECTIONS[section()]!;
    const second = random() < 0.12 ? SECTIONS[section()]! : first;
    yield {
      arxivId,
      title: title(index, random, options.concepts),
      authors: authors.map(authorName),
      year,
      month,
      venue: random() < 0.35 ? VENUES[venue()]! : null,
      sections: [...new Set([first, second])],
      abstract: random() < 0.95 ? abstract(random, options.concepts) : null,
      code:
        random() < 0.6
          ? `https://github.com/${authorName(authors[0]!).split(' ')[1]!.toLowerCase()}-lab/repo-${index}`
          : null,
      hasBibtex: random() < 0.6,
    };
  }
}

function pickMany<T>(count: number, pick: () => T): T[] {
  return Array.from({ length: count }, pick);
}

/** `Kavo Mireth`: a first name and a surname built from syllables, fixed per rank. */
export function authorName(rank: number): string {
  const first = FIRST_NAMES[rank % FIRST_NAMES.length]!;
  let surname = '';
  let n = Math.floor(rank / FIRST_NAMES.length) + LAST_SYLLABLES.length;
  do {
    surname += LAST_SYLLABLES[n % LAST_SYLLABLES.length];
    n = Math.floor(n / LAST_SYLLABLES.length);
  } while (n > 0);
  return `${first} ${surname[0]!.toUpperCase()}${surname.slice(1)}`;
}

/** A model name unique to the paper (`Zarovi-R1`), so no two titles are the same. */
function modelName(index: number): string {
  let name = '';
  let n = index + LAST_SYLLABLES.length;
  do {
    name += LAST_SYLLABLES[n % LAST_SYLLABLES.length];
    n = Math.floor(n / LAST_SYLLABLES.length);
  } while (n > 0);
  return `${name[0]!.toUpperCase()}${name.slice(1)}`;
}

function fill(
  template: string,
  random: Random,
  concepts: CorpusOptions['concepts'],
  name = '',
): string {
  const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)] ?? '';
  return template
    .replaceAll('{name}', name)
    .replaceAll('{algorithm}', () => pick(concepts.algorithms))
    .replaceAll('{reward}', () => pick(concepts.rewards))
    .replaceAll('{benchmark}', () => pick(concepts.benchmarks));
}

function title(index: number, random: Random, concepts: CorpusOptions['concepts']): string {
  const template = TITLE_PATTERNS[Math.floor(random() * TITLE_PATTERNS.length)]!;
  return fill(template, random, concepts, modelName(index));
}

function abstract(random: Random, concepts: CorpusOptions['concepts']): string {
  const count = 5 + Math.floor(random() * 5);
  return Array.from({ length: count }, () =>
    fill(ABSTRACT_SENTENCES[Math.floor(random() * ABSTRACT_SENTENCES.length)]!, random, concepts),
  ).join(' ');
}

/** The awesome-list: a top heading per pillar, a sub-heading per topic, one item per entry. */
export function formatListEntry(paper: SyntheticPaper): string {
  const url = `https://arxiv.org/abs/${paper.arxivId}`;
  const note = [
    `${MONTHS[paper.month - 1]}. ${paper.year}`,
    paper.venue && `${paper.venue} ${paper.year}`,
  ]
    .filter(Boolean)
    .join(', ');
  const lines = [
    `+ [${paper.title}](${url}) (${note})`,
    `  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](${url})`,
  ];
  if (paper.code)
    lines.push(
      `  [![Star](https://img.shields.io/github/stars/${paper.code.slice(19)}.svg?style=social&label=Star)](${paper.code})`,
    );
  return `${lines.join('\n')}\n`;
}

export function formatBibtexEntry(paper: SyntheticPaper): string {
  const [first] = paper.authors;
  const key = `${(first ?? 'anon').split(' ').at(-1)!.toLowerCase()}${paper.year}${paper.arxivId.replace('.', '')}`;
  const authors = paper.authors
    .map((name) => {
      const [given, family] = name.split(' ');
      return `${family}, ${given}`;
    })
    .join(' and ');
  const where = paper.venue
    ? `  booktitle={${paper.venue}},\n`
    : `  journal={arXiv preprint arXiv:${paper.arxivId}},\n`;
  return `@${paper.venue ? 'inproceedings' : 'article'}{${key},\n  title={${paper.title}},\n  author={${authors}},\n${where}  year={${paper.year}}\n}\n`;
}

export function formatJsonLine(paper: SyntheticPaper): string {
  return `${JSON.stringify({
    arxiv_id: paper.arxivId,
    title: paper.title,
    authors: paper.authors,
    abstract: paper.abstract,
    published: `${paper.year}-${String(paper.month).padStart(2, '0')}-15`,
    source_url: paper.abstract ? `https://arxiv.org/abs/${paper.arxivId}` : null,
    authors_source_url: `https://arxiv.org/abs/${paper.arxivId}`,
  })}\n`;
}
