import type { ListItem, Paragraph } from 'mdast';
import type { EntryReading } from './assemble-entry';
import { assembleEntry } from './assemble-entry';
import type { Definitions, InlineToken, LinkToken } from './inline-tokens';
import { toInlineTokens } from './inline-tokens';
import { readEntryHead } from './read-entry-head';

export interface EntryContext {
  file: string;
  sectionPath: string[];
  definitions: Definitions;
}

export type { EntryReading } from './assemble-entry';

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
  const more = rest.filter((node): node is Paragraph => node.type === 'paragraph');
  const linkTokens = [
    ...firstTokens,
    ...more.flatMap((p) => toInlineTokens(p.children, context.definitions)),
  ].filter((token: InlineToken): token is LinkToken => token.type === 'link');
  return assembleEntry(
    { ...head, linkTokens, line: item.position?.start.line ?? 0 },
    context.file,
    context.sectionPath,
  );
}
