import type { EntryLink, SurveyEntry } from '../../src/model/curation/survey-list';
import { at } from '../../src/model/finding';
import type { Finding } from '../types';
import { checkDateAgainstId } from './check-date-against-id';
import { collectEntryLinks } from './collect-entry-links';
import type { LinkToken } from './inline-tokens';
import { judgePaperKind } from './judge-paper-kind';
import type { DateNote } from './parse-date-note';
import { parseDateNote } from './parse-date-note';
import { readIdentifiers } from './read-identifiers';

/** What any entry shape (list item, table row, paragraph) says before it becomes an entry. */
export interface EntryParts {
  title: string;
  titleLink?: LinkToken | undefined;
  /** Every link of the entry in reading order, the title link included. */
  linkTokens: LinkToken[];
  /** The date note as written (`Jun. 2024, NeurIPS 2024`, `2025-09`). */
  dateText?: string | undefined;
  /** Venue-bearing tags (`**CVPR 2025**`), read when the date note names no venue. */
  tags: string[];
  shortName?: string | undefined;
  authors?: string[] | undefined;
  line: number;
}

export interface EntryReading {
  entry: SurveyEntry;
  warnings: Finding[];
}

const PREFERRED_URL_KINDS = new Set(['paper', 'arxiv', 'doi']);

/** Classifies links, reads ids and the date, judges the kind, and reports what looks wrong. */
export function assembleEntry(
  parts: EntryParts,
  file: string,
  sectionPath: string[],
): EntryReading {
  const collected = collectEntryLinks(parts.linkTokens, parts.titleLink, file);
  const ids = readIdentifiers(collected.located, file, parts.title);
  const note = parts.dateText === undefined ? undefined : parseDateNote(parts.dateText);
  const date = readEntryDate(parts.tags, note);
  const links = collected.links;
  const entry: SurveyEntry = {
    title: parts.title,
    url: parts.titleLink?.url ?? pickUrl(links),
    arxivId: ids.arxivId,
    doi: ids.doi,
    ...date,
    dateText: parts.dateText,
    kind: judgePaperKind({ note, ...date, arxivId: ids.arxivId, links, sectionPath }),
    links,
    sectionPath,
    source: { file, line: parts.line },
  };
  if (parts.shortName !== undefined) entry.shortName = parts.shortName;
  if (parts.authors !== undefined && parts.authors.length > 0) entry.authors = parts.authors;
  return {
    entry,
    warnings: [...collected.warnings, ...ids.warnings, ...dateWarnings(entry, note)],
  };
}

/** Year, month and venue from the date note, else from a venue tag (`**CVPR 2025**`). */
function readEntryDate(tags: string[], note: DateNote | undefined) {
  const tag = tags.map(parseDateNote).find((tagNote) => tagNote.venue !== undefined);
  const year = note?.year ?? tag?.year;
  return {
    year,
    month: note?.year === undefined ? undefined : note.month,
    venue: note?.venue ?? tag?.venue,
  };
}

/** For plain-text titles: the paper link if there is one, else the first link. */
function pickUrl(links: EntryLink[]): string {
  return (links.find((link) => PREFERRED_URL_KINDS.has(link.kind)) ?? links[0])?.url ?? '';
}

function dateWarnings(entry: SurveyEntry, note: DateNote | undefined): Finding[] {
  const where = at(entry.source);
  if (note && !note.readable) {
    const reason = `"${entry.title}": cannot read the date note "(${entry.dateText})"`;
    return [{ where, code: 'unreadable-date', reason }];
  }
  const mismatch = entry.arxivId && checkDateAgainstId(entry.arxivId, entry);
  return mismatch
    ? [{ where, code: 'date-id-mismatch', reason: `"${entry.title}": ${mismatch}` }]
    : [];
}
