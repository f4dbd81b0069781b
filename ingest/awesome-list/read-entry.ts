import type { List, ListItem, Paragraph } from 'mdast';
import type { EntryReading } from './assemble-entry';
import { assembleEntry } from './assemble-entry';
import type { Definitions, InlineToken, LinkToken } from './inline-tokens';
import { toInlineTokens } from './inline-tokens';
import type { EntryHead } from './read-entry-head';
import { readEntryHead } from './read-entry-head';
import { readStackedHead } from './read-stacked-head';
import type { SubLines } from './read-sub-lines';
import { readSubLines } from './read-sub-lines';

export interface EntryContext {
  file: string;
  sectionPath: string[];
  definitions: Definitions;
}

export type { EntryReading } from './assemble-entry';

/** An entry read from a list item; `subList` is the nested list it took as its sub-lines. */
export type ItemReading = EntryReading & { subList?: List | undefined };

/**
 * Reads one list item as an entry, or returns undefined when it is not one (see
 * `readEntryHead`). Links come from the item's own paragraphs and from a nested list of
 * sub-lines (`- 📄 [arXiv …](…)`, `- Authors: …`); any other nested list holds entries of its
 * own. A title without a link is an entry only when sub-lines under it carry its links.
 */
export function readEntry(item: ListItem, context: EntryContext): ItemReading | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const firstTokens = toInlineTokens(first.children, context.definitions);
  const subList = rest.find((node): node is List => node.type === 'list');
  const sub = subList && readSubLines(subList, context.definitions);
  const head = readEntryHead(firstTokens) ?? (sub && headWithoutLink(firstTokens));
  if (!head) return undefined;
  const more = rest.filter((node): node is Paragraph => node.type === 'paragraph');
  const linkTokens = [
    ...firstTokens,
    ...more.flatMap((p) => toInlineTokens(p.children, context.definitions)),
  ].filter((token: InlineToken): token is LinkToken => token.type === 'link');
  const line = item.position?.start.line ?? 0;
  const reading = assembleEntry(
    withSubLines({ ...head, linkTokens, line }, sub),
    context.file,
    context.sectionPath,
  );
  return sub ? { ...reading, subList } : reading;
}

/** `Title` alone on its line, its links in the sub-lines below. */
export function headWithoutLink(tokens: InlineToken[]): EntryHead | undefined {
  if (tokens.some((token) => token.type === 'link')) return undefined;
  const stacked = readStackedHead(tokens);
  return (
    stacked && {
      title: stacked.title,
      dateText: stacked.dateText,
      tags: stacked.tags,
      authors: stacked.authors,
    }
  );
}

/** Adds what sub-lines say: their links after the entry's own, authors and date parts. */
export function withSubLines<
  T extends {
    linkTokens: LinkToken[];
    dateText?: string | undefined;
    authors?: string[] | undefined;
  },
>(parts: T, sub: SubLines | undefined): T {
  if (!sub) return parts;
  const dateText = [parts.dateText, ...sub.dateParts].filter(Boolean).join(', ');
  return {
    ...parts,
    linkTokens: [...parts.linkTokens, ...sub.linkTokens],
    authors: parts.authors ?? sub.authors,
    dateText: dateText === '' ? undefined : dateText,
  };
}
