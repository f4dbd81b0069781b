import type { PaperDetails } from '../model/paper/paper';
import { assignCitationKeys } from '../model/paper/citation-key';
import { describeWork, type Work, type WorkType } from './describe-work';
import { fullFamilyName, splitPersonName } from '../model/paper/person-name';
import { plainTitle } from './plain-title';

export interface RisOptions {
  keys?: ReadonlyMap<number, string> | undefined;
  includeAbstracts?: boolean | undefined;
}

/**
 * RIS as Zotero, EndNote and Mendeley import it: `TAG  - value` lines ending in CRLF (the RIS
 * specification's line ending), one record per paper closed by `ER  - `. A preprint is `UNPB`
 * (the specification's unpublished work; citation-js reads it as a manuscript), never `JOUR`,
 * which made reference managers file preprints as journal articles. Zotero's RIS translator
 * has no type for its own "preprint" item (it exports those as `GEN`), so no RIS type does
 * better there. arXiv is named as the archive (`DB`) with the id as its location (`AN`).
 */
const RIS_TYPES: Record<WorkType, string> = {
  conference: 'CONF',
  journal: 'JOUR',
  preprint: 'UNPB',
  blog: 'ELEC',
  course: 'ELEC',
  web: 'ELEC',
  document: 'GEN',
};

const CRLF = '\r\n';

export function formatRis(papers: PaperDetails[], options: RisOptions = {}): string {
  const keys = assignCitationKeys(papers, options.keys ?? new Map());
  return papers
    .map((details) => risRecord(details, keys.get(details.paper.id)!, options))
    .map((lines) => lines.map(([tag, value]) => `${tag}  - ${value}${CRLF}`).join(''))
    .join(CRLF);
}

type Line = [tag: string, value: string];

function risRecord(details: PaperDetails, key: string, options: RisOptions): Line[] {
  const work = describeWork(details);
  const lines: Line[] = [
    ['TY', RIS_TYPES[work.type]],
    ['ID', key],
  ];
  for (const author of details.authors) lines.push(['AU', risName(author)]);
  lines.push(['TI', oneLine(plainTitle(details.paper.title))]);
  lines.push(...containerLines(work));
  lines.push(...dateLines(work));
  if (work.doi) lines.push(['DO', work.doi]);
  if (work.url) lines.push(['UR', work.url]);
  if (work.arxivId) lines.push(['N1', `arXiv:${work.arxivId}`]);
  if (options.includeAbstracts && details.paper.abstract)
    lines.push(['AB', oneLine(details.paper.abstract)]);
  lines.push(['ER', '']);
  return lines;
}

function containerLines(work: Work): Line[] {
  if (work.type === 'preprint')
    return [
      ['DB', 'arXiv'],
      ...(work.arxivId ? ([['AN', `arXiv:${work.arxivId}`]] as Line[]) : []),
    ];
  const venue = work.venue;
  if (!venue) return [];
  if (work.type === 'journal')
    return [
      ['T2', venue.name],
      ['JO', venue.short],
    ];
  return [['T2', venue.name]];
}

function dateLines({ date }: Work): Line[] {
  if (date.year === undefined) return [];
  const month = date.month === undefined ? '' : pad(date.month);
  const day = date.day === undefined ? '' : pad(date.day);
  return [
    ['PY', String(date.year)],
    ['DA', `${date.year}/${month}/${day}/`],
  ];
}

/**
 * `Family, Given, Suffix` for people (RIS's own order); organizations as written, which RIS
 * readers keep as one name.
 */
function risName(author: string): string {
  const name = splitPersonName(author);
  if (name.kind === 'organization') return oneLine(name.literal);
  const parts = [fullFamilyName(name), name.given, name.suffix].filter(Boolean);
  return oneLine(name.given || name.suffix ? parts.join(', ') : parts[0]!);
}

/** RIS values end at the line break. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
