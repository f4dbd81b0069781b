import type { ListItem, Paragraph } from 'mdast';
import type { EntryLink, SurveyEntry } from '../../src/model/survey-list';
import { at } from '../../src/model/finding';
import type { Finding } from '../types';
import { checkDateAgainstId } from './check-date-against-id';
import { collectEntryLinks } from './collect-entry-links';
import type { Definitions, InlineToken, LinkToken } from './inline-tokens';
import { toInlineTokens } from './inline-tokens';
import { judgePaperKind } from './judge-paper-kind';
import type { DateNote } from './parse-date-note';
import { parseDateNote } from './parse-date-note';
import type { EntryHead } from './read-entry-head';
import { readEntryHead } from './read-entry-head';
import { readIdentifiers } from './read-identifiers';

export interface EntryContext {
  file: string;
  sectionPath: string[];
  definitions: Definitions;
}

export interface EntryReading {
  entry: SurveyEntry;
  warnings: Finding[];
}

const PREFERRED_URL_KINDS = new Set(['paper', 'arxiv', 'doi']);

/**
 * Reads one list item as an entry, or returns undefined when it is not one (see
 * `readEntryHead`). Links come from the item's own paragraphs, not from nested lists, whose
 * items are entries of their own.
 */
export function readEntry(item: ListItem, context: EntryContext): EntryReading | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const firstTokens = toInlineTokens(first.children, context.definitions);
  const head = readEntryHead(firstTokens);
  if (!head) return undefined;
  const { file, sectionPath } = context;
  const more = rest.filter((node): node is Paragraph => node.type === 'paragraph');
  const linkTokens = [
    ...firstTokens,
    ...more.flatMap((p) => toInlineTokens(p.children, context.definitions)),
  ].filter((token: InlineToken): token is LinkToken => token.type === 'link');
  const collected = collectEntryLinks(linkTokens, head.titleLink, file);
  const ids = readIdentifiers(collected.located, file, head.title);
  const note = head.dateText === undefined ? undefined : parseDateNote(head.dateText);
  const date = readEntryDate(head, note);
  const links = collected.links;
  const entry: SurveyEntry = {
    title: head.title,
    url: head.titleLink?.url ?? pickUrl(links),
    arxivId: ids.arxivId,
    doi: ids.doi,
    ...date,
    dateText: head.dateText,
    kind: judgePaperKind({ note, ...date, arxivId: ids.arxivId, links, sectionPath }),
    links,
    sectionPath,
    source: { file, line: item.position?.start.line ?? 0 },
  };
  return {
    entry,
    warnings: [...collected.warnings, ...ids.warnings, ...dateWarnings(entry, note)],
  };
}

/** Year, month and venue from the date note, else from a venue tag (`**CVPR 2025**`). */
function readEntryDate(head: EntryHead, note: DateNote | undefined) {
  const tag = head.tags.map(parseDateNote).find((tagNote) => tagNote.venue !== undefined);
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
