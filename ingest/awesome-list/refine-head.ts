import { cleanTitle } from './clean-title';
import type { InlineToken } from './inline-tokens';
import { parseDateNote } from './parse-date-note';
import type { EntryHead } from './entry-head';
import { lineText, splitLines } from './read-stacked-head';
import { splitAuthors } from './split-authors';

const QUOTED = /^["“”'‘’](.+)["“”'‘’]$/;

/**
 * `**DT**: "Decision Transformer: …", *NeurIPS, 2021*`: a quoted title after a short name (the
 * bold or code part before it) and `Title. NeurIPS 2023,`: a venue after the title's period.
 */
export function refinePlainTitle(head: EntryHead, before: InlineToken[]): EntryHead {
  const quoted = QUOTED.exec(head.title);
  let refined = head;
  if (quoted) {
    const tag = before.find((token) => token.type === 'tag');
    const shortName =
      tag?.type === 'tag' && tag.value.split(/\s+/).length <= 4 ? tag.value.trim() : undefined;
    refined = { ...head, title: quoted[1]!.trim(), shortName };
  }
  if (refined.dateText !== undefined) return refined;
  const cleaned = cleanTitle(refined.title);
  if (cleaned.dateText === undefined || cleaned.title === '') return refined;
  return { ...refined, title: cleaned.title, dateText: cleaned.dateText };
}

/**
 * `1. **[Title](…)**` then, on the next line, `Ouyang, Wu, Jiang. NeurIPS'22`: the names are the
 * authors and the last sentence, when it reads as a venue or date, is the date note.
 */
export function readLinesAfterTitle(head: EntryHead, fromTitle: InlineToken[]): EntryHead {
  const [, ...later] = splitLines(fromTitle);
  const line = later.find((tokens) => tokens.every((token) => token.type !== 'link'));
  if (!line) return head;
  const text = lineText(line);
  const cut = text.lastIndexOf('. ');
  const names = splitAuthors(cut < 0 ? '' : text.slice(0, cut));
  const venue = (cut < 0 ? text : text.slice(cut + 2)).replace(/\.$/, '');
  const note = parseDateNote(venue);
  const nameLike =
    names.length > 0 && names.every((n) => n.split(/\s+/).length <= 5 && /^\p{Lu}/u.test(n));
  if (!note.readable || note.year === undefined) return head;
  return {
    ...head,
    dateText: head.dateText ?? venue,
    authors: head.authors ?? (nameLike ? names : undefined),
  };
}
