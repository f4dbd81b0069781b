import { cleanTitle } from './clean-title';
import type { InlineToken } from './inline-tokens';
import { readLeadingDate } from './read-leading-date';
import { splitAuthors } from './split-authors';

/** What the lines of an entry before its links say: title, date, authors and venue tags. */
export interface StackedHead {
  title: string;
  dateText?: string | undefined;
  authors?: string[] | undefined;
  tags: string[];
}

const ANGLE_DATE = /<\s*(\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?)\s*>/;
const DECORATION = /【[^】]*】|\p{Extended_Pictographic}|\ufe0f/gu;
const AUTHOR_LABEL = /^\s*(?:authors?|作者)\s*[:：]\s*/i;

/**
 * Reads a plain-text title written over several lines, or with decorations around it:
 *
 *     1. 👉【Topic】**A Title.** <2025.06>
 *        *First Author, Second Author.* **arXiv / ACL 2024**
 *        [[Paper]](…)
 *
 * The first line with words is the title line (its `<2025.06>` is the date, its `【…】`
 * topic tags and emoji are dropped); an italic line of names is the authors; bold parts of
 * later lines are venue tags.
 */
export function readStackedHead(tokens: InlineToken[]): StackedHead | undefined {
  const lines = splitLines(tokens);
  const titleIndex = lines.findIndex((line) =>
    /\p{L}{2}/u.test(lineText(line).replace(DECORATION, '')),
  );
  const titleLine = lines[titleIndex];
  if (!titleLine) return undefined;
  let text = lineText(titleLine).replace(DECORATION, ' ');
  const angle = ANGLE_DATE.exec(text);
  text = text.replace(ANGLE_DATE, ' ');
  const leading = readLeadingDate(text);
  const cleaned = cleanTitle(leading.rest);
  if (cleaned.title === '') return undefined;
  const tags: string[] = [];
  let authors: string[] | undefined;
  for (const line of lines.slice(titleIndex + 1)) {
    const names = readAuthorLine(line);
    if (names && authors === undefined) authors = names;
    else tags.push(...line.filter(isBoldTag).map((tag) => tag.value));
  }
  const dateText = [angle?.[1], leading.dateText, cleaned.dateText].filter(Boolean).join(', ');
  return { title: cleaned.title, dateText: dateText === '' ? undefined : dateText, authors, tags };
}

/** Tokens split at line breaks (hard breaks and newlines inside text). */
export function splitLines(tokens: InlineToken[]): InlineToken[][] {
  const lines: InlineToken[][] = [[]];
  for (const token of tokens) {
    if (token.type !== 'text' || !token.value.includes('\n')) {
      lines.at(-1)!.push(token);
      continue;
    }
    token.value.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([]);
      if (part !== '') lines.at(-1)!.push({ type: 'text', value: part });
    });
  }
  return lines.filter((line) => line.length > 0);
}

export function lineText(line: InlineToken[]): string {
  return line
    .map((token) => (token.type === 'link' ? token.text : token.value))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `*A. Author, B. Author.*` or `Authors: A. Author, B. Author`: two or more names. */
function readAuthorLine(line: InlineToken[]): string[] | undefined {
  const text = lineText(line);
  const labelled = AUTHOR_LABEL.exec(text);
  const source = labelled ? text.slice(labelled[0].length) : line.find(isItalicTag)?.value;
  if (source === undefined) return undefined;
  const names = splitAuthors(source);
  const nameLike = names.every((name) => name.split(/\s+/).length <= 5 && /\p{Lu}/u.test(name));
  return (labelled || names.length >= 2) && nameLike ? names : undefined;
}

function isItalicTag(token: InlineToken): token is Extract<InlineToken, { type: 'tag' }> {
  return token.type === 'tag' && token.style === 'emphasis';
}

function isBoldTag(token: InlineToken): token is Extract<InlineToken, { type: 'tag' }> {
  return token.type === 'tag' && token.style === 'strong';
}
