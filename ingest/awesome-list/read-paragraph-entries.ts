import type { List, Paragraph, RootContent } from 'mdast';
import type { EntryReading } from './assemble-entry';
import { assembleEntry } from './assemble-entry';
import { kindFromUrl } from './classify-link';
import type { InlineToken, LinkToken } from './inline-tokens';
import { toInlineTokens } from './inline-tokens';
import type { EntryContext } from './read-entry';
import { headWithoutLink, withSubLines } from './read-entry';
import type { EntryHead } from './read-entry-head';
import { isLabelLink, readEntryHead } from './read-entry-head';
import { readLeadingDate } from './read-leading-date';
import { splitLines } from './read-stacked-head';
import { readSubLines } from './read-sub-lines';

export interface ParagraphReading {
  readings: EntryReading[];
  /** The list right after the paragraph, when it held the last entry's sub-lines. */
  subList?: List | undefined;
}

const PAPER_KINDS = new Set(['arxiv', 'paper', 'doi']);

/**
 * Entries written as loose lines rather than list items: each line of a paragraph that
 * carries a paper link (`[Title](arxiv…)`, `2025-6 Title [Github](…) [Paper](…)`,
 * `[Dataset](…): [Title](arxiv…)`), and a title line whose links sit in the list of sub-lines
 * right below it. Lines without a paper link are prose, not entries: loose text is read
 * strictly.
 */
export function readParagraphEntries(
  paragraph: Paragraph,
  next: RootContent | undefined,
  context: EntryContext,
): ParagraphReading {
  const lines = splitLines(toInlineTokens(paragraph.children, context.definitions));
  const startLine = paragraph.position?.start.line ?? 0;
  const sub = next?.type === 'list' ? readSubLines(next, context.definitions) : undefined;
  const readings: EntryReading[] = [];
  lines.forEach((line, index) => {
    const last = index === lines.length - 1;
    const lineNumber = firstLink(line)?.line ?? startLine + index;
    const head = readLineHead(line) ?? (last && sub ? headWithoutLink(line) : undefined);
    if (!head) return;
    const linkTokens = line.filter((token): token is LinkToken => token.type === 'link');
    const parts = withSubLines({ ...head, linkTokens, line: lineNumber }, last ? sub : undefined);
    const reading = assembleEntry(parts, context.file, context.sectionPath);
    if (reading.entry.links.some((link) => PAPER_KINDS.has(link.kind))) readings.push(reading);
  });
  const tookSub = sub !== undefined && readings.at(-1)?.entry.source.line !== undefined;
  return { readings, subList: tookSub && next?.type === 'list' ? next : undefined };
}

function readLineHead(line: InlineToken[]): EntryHead | undefined {
  const head = readEntryHead(line);
  if (!head) return undefined;
  const named = readNamedTitle(line, head);
  const leading = readLeadingDate(named.title);
  if (leading.dateText === undefined) return named;
  const dateText = [leading.dateText, named.dateText].filter(Boolean).join(', ');
  return { ...named, title: leading.rest, dateText };
}

/** `[ScreenSpot](dataset): [SeeClick: …](arxiv…)`: the name links elsewhere, the title to the paper. */
function readNamedTitle(line: InlineToken[], head: EntryHead): EntryHead {
  const links = line.filter((token): token is LinkToken => token.type === 'link');
  const paper = links.find(
    (link) =>
      link !== head.titleLink &&
      !isLabelLink(link) &&
      PAPER_KINDS.has(kindFromUrl(link.url)) &&
      link.text.split(' ').length > head.title.split(' ').length,
  );
  if (!head.titleLink || !paper || PAPER_KINDS.has(kindFromUrl(head.titleLink.url))) return head;
  return { ...head, title: paper.text, titleLink: paper, shortName: head.title };
}

function firstLink(line: InlineToken[]): LinkToken | undefined {
  return line.find((token): token is LinkToken => token.type === 'link');
}
