import type { PaperDetails } from '../model/paper/paper';
import { assignCitationKeys } from '../model/paper/citation-key';
import { describeWork, type Work } from './describe-work';
import type { LatexEncoding } from './latex-text';
import { escapeLatex } from './latex-text';
import { latexTitle } from './latex-title';
import { splitPersonName } from '../model/paper/person-name';

/**
 * `bibtex`: classic BibTeX, pure ASCII with LaTeX escapes (`Vuli{\'c}`), because BibTeX 0.99
 * sorts, abbreviates and purifies byte-wise and mangles UTF-8.
 * `biblatex`: BibLaTeX for Biber, UTF-8 kept as is; ISO `date`, `eprinttype`, `journaltitle`.
 */
export type BibtexDialect = 'bibtex' | 'biblatex';

export interface BibtexOptions {
  dialect?: BibtexDialect | undefined;
  /** Citation keys already given out, by paper id; papers without one get a new key. */
  keys?: ReadonlyMap<number, string> | undefined;
  /** arXiv primary categories (`cs.CV`) by paper id, when the caller knows them. */
  arxivCategories?: ReadonlyMap<number, string> | undefined;
  includeAbstracts?: boolean | undefined;
}

type Field = [name: string, value: string, bare?: 'bare'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const PAGE_NOTES = { blog: 'Blog post', course: 'Online course', web: 'Web page' } as const;

export function formatBibtex(papers: PaperDetails[], options: BibtexOptions = {}): string {
  const keys = assignCitationKeys(papers, options.keys ?? new Map());
  const entries = papers.map((details) =>
    formatEntry(details, keys.get(details.paper.id)!, options),
  );
  return entries.join('\n\n') + (entries.length > 0 ? '\n' : '');
}

function formatEntry(details: PaperDetails, key: string, options: BibtexOptions): string {
  const dialect = options.dialect ?? 'bibtex';
  const encoding: LatexEncoding = dialect === 'bibtex' ? 'ascii' : 'utf8';
  const work = describeWork(details);
  const text = (value: string): string => escapeLatex(value, encoding);
  const fields: Field[] = [];
  if (details.authors.length > 0) fields.push(['author', formatAuthors(details.authors, encoding)]);
  fields.push(['title', latexTitle(details.paper.title, encoding)]);
  fields.push(...containerFields(work, dialect, text));
  fields.push(...dateFields(work, dialect));
  fields.push(...eprintFields(work, dialect, options.arxivCategories?.get(details.paper.id)));
  if (work.doi) fields.push(['doi', work.doi]);
  if (work.url) fields.push(['url', work.url]);
  if (options.includeAbstracts && details.paper.abstract)
    fields.push(['abstract', text(details.paper.abstract)]);
  const body = fields.map(([name, value, bare]) => `  ${name} = ${bare ? value : `{${value}}`}`);
  return `@${entryType(work, dialect)}{${key},\n${body.join(',\n')}\n}`;
}

function entryType(work: Work, dialect: BibtexDialect): string {
  switch (work.type) {
    case 'conference':
      return 'inproceedings';
    case 'journal':
      return 'article';
    case 'preprint':
    case 'blog':
    case 'course':
    case 'web':
      return dialect === 'biblatex' ? 'online' : 'misc';
    case 'document':
      return 'misc';
  }
}

function containerFields(
  work: Work,
  dialect: BibtexDialect,
  text: (value: string) => string,
): Field[] {
  const venue = work.venue;
  if (work.type === 'conference' && venue) return [['booktitle', text(venue.name)]];
  if (work.type === 'journal' && venue) {
    return [[dialect === 'biblatex' ? 'journaltitle' : 'journal', text(venue.name)]];
  }
  if (work.type === 'blog' || work.type === 'course' || work.type === 'web') {
    const note = venue ? `${PAGE_NOTES[work.type]}, ${venue.name}` : PAGE_NOTES[work.type];
    return [[dialect === 'biblatex' ? 'note' : 'howpublished', text(note)]];
  }
  return [];
}

function dateFields({ date }: Work, dialect: BibtexDialect): Field[] {
  if (date.year === undefined) return [];
  if (dialect === 'biblatex') {
    const parts = [date.year, date.month, date.day].filter((part) => part !== undefined);
    return [
      ['date', parts.map((part, index) => (index === 0 ? String(part) : pad(part))).join('-')],
    ];
  }
  const month = date.month === undefined ? undefined : MONTHS[date.month - 1];
  return month
    ? [
        ['year', String(date.year)],
        ['month', month, 'bare'],
      ]
    : [['year', String(date.year)]];
}

function eprintFields(work: Work, dialect: BibtexDialect, category: string | undefined): Field[] {
  if (!work.arxivId) return [];
  if (dialect === 'biblatex') {
    const fields: Field[] = [
      ['eprint', work.arxivId],
      ['eprinttype', 'arxiv'],
    ];
    return category ? [...fields, ['eprintclass', category]] : fields;
  }
  const fields: Field[] = [
    ['eprint', work.arxivId],
    ['archivePrefix', 'arXiv'],
  ];
  return category ? [...fields, ['primaryClass', category]] : fields;
}

/** `Family, Given and …`; organizations in braces so BibTeX never splits them. */
export function formatAuthors(authors: string[], encoding: LatexEncoding): string {
  return authors
    .map((author) => {
      const name = splitPersonName(author);
      if (name.kind === 'organization') return `{${escapeLatex(name.literal, encoding)}}`;
      // A lower-case word inside a family name (`Sáez de Ocáriz Borde`) would start BibTeX's von part.
      const escapedFamily = escapeLatex(name.family, encoding);
      const family = /\s\p{Ll}/u.test(name.family) ? `{${escapedFamily}}` : guardAnd(escapedFamily);
      const full = name.particle ? `${escapeLatex(name.particle, encoding)} ${family}` : family;
      // BibTeX's `von Last, Jr, First`.
      const suffix = name.suffix ? `, ${escapeLatex(name.suffix, encoding)}` : '';
      const given = guardAnd(escapeLatex(name.given, encoding));
      return name.given ? `${full}${suffix}, ${given}` : full;
    })
    .join(' and ');
}

/** The word `and` inside a name would split it into two authors. */
function guardAnd(name: string): string {
  return /(^|\s)and(\s|$)/i.test(name) ? `{${name}}` : name;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
