import { kindFromLabel } from './classify-link';
import type { InlineToken, LinkToken } from './inline-tokens';
import { parseDateNote } from './parse-date-note';
import { lineText, readStackedHead, splitLines } from './read-stacked-head';
import { readLinesAfterTitle, refinePlainTitle } from './refine-head';

export type { EntryHead } from './entry-head';
import type { EntryHead } from './entry-head';

const BRACKET_TAG = /\[([^\]]*)\]/g;
const NOTE_AFTER_TITLE = /^[\s,]*\(([^()\n]+)\)/;
const NOTE_AT_END = /\s*\(([^()\n]+)\)$/;
const TITLE_EDGE = /^[\s\-–—:|•·]+|[\s\-–—:|•·.,[(]+$/g;

/**
 * Reads the head of a list item. It is an entry when the first real link is its title link
 * (nothing but tags before it) or when a plain-text title is followed by labelled links
 * (`[Paper]`, badges). Prose before the first link (a news item), a table-of-contents link
 * (`#anchor`), or no link at all means it is not an entry: undefined.
 */
export function readEntryHead(tokens: InlineToken[]): EntryHead | undefined {
  const index = tokens.findIndex((token) => token.type === 'link');
  const first = tokens[index];
  if (first?.type !== 'link' || first.url.startsWith('#')) return undefined;
  const before = tokens.slice(0, index);
  const leading = before.map((token) => (token.type === 'text' ? token.value : ' ')).join('');
  const tags = [...collectTags(before), ...collectTags(tokens.slice(index + 1))];
  if (isLabelLink(first)) {
    if (isStacked(before)) {
      const stacked = readStackedHead(before);
      return stacked && { ...stacked, tags: [...stacked.tags, ...tags.map(splitSlashes)] };
    }
    const plain = readPlainTitle(leading, before, tags);
    return plain && refinePlainTitle(plain, before);
  }
  if (first.text === '' || /\p{L}/u.test(leading.replace(BRACKET_TAG, ''))) return undefined;
  const next = tokens[index + 1];
  const note = next?.type === 'text' ? NOTE_AFTER_TITLE.exec(next.value)?.[1] : undefined;
  const head = { title: first.text, titleLink: first, dateText: note?.trim(), tags };
  return readLinesAfterTitle(head, tokens.slice(index));
}

/**
 * A plain title over several lines (title, then authors and venue) or wrapped in decorations
 * (`👉【Topic】**Title**`), as opposed to one line of plain title text.
 */
function isStacked(before: InlineToken[]): boolean {
  const lines = splitLines(before);
  return lines.length > 1 || /【|<\s*\d{4}[./-]\d{1,2}/.test(lineText(lines[0] ?? []));
}

/** `arXiv / ACL 2024` names two places; read as a list. */
function splitSlashes(tag: string): string {
  return tag.replace(/\s\/\s/g, ', ');
}

/** Badges, `[Paper]`-style links and bare URLs introduce links; they are never titles. */
export function isLabelLink(link: LinkToken): boolean {
  return link.text === '' || link.text === link.url || kindFromLabel(link.text) !== undefined;
}

/**
 * `Plain Title (CVPR 2025). [[Paper](…)]`: the title is the plain text before the first link,
 * or else its first bold or code part that is not a venue tag (`**Plain Title** [[Paper](…)]`).
 */
function readPlainTitle(
  leading: string,
  before: InlineToken[],
  tags: string[],
): EntryHead | undefined {
  let title = leading.replace(BRACKET_TAG, ' ').replace(/\s+/g, ' ').replace(TITLE_EDGE, '');
  if (title === '') title = findTitleTag(before) ?? '';
  const note = NOTE_AT_END.exec(title);
  const dateText = note && parseDateNote(note[1]!).readable ? note[1]!.trim() : undefined;
  if (note && dateText !== undefined) title = title.slice(0, note.index).replace(TITLE_EDGE, '');
  return title === '' ? undefined : { title, dateText, tags };
}

function findTitleTag(tokens: InlineToken[]): string | undefined {
  const tag = tokens.find(
    (token) => token.type === 'tag' && parseDateNote(token.value).venue === undefined,
  );
  return tag?.type === 'tag' ? tag.value.replace(/\s+/g, ' ').trim() : undefined;
}

/** Bold/code tags, and bracketed plain-text tags such as `[2508]` (not `[[Code](…)]`). */
function collectTags(tokens: InlineToken[]): string[] {
  const tags: string[] = [];
  for (const token of tokens) {
    if (token.type === 'tag') tags.push(token.value.trim());
    if (token.type === 'text') {
      for (const match of token.value.matchAll(BRACKET_TAG)) tags.push(match[1]!.trim());
    }
  }
  return tags.filter((tag) => tag !== '');
}
