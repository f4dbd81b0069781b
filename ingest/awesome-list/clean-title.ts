import { parseDateNote } from './parse-date-note';

/** A title as a list writes it, split into the title and the date/venue note it carried. */
export interface CleanTitle {
  title: string;
  dateText?: string | undefined;
}

const TRAILING_NOTE = /\s*[([]([^()[\]]+)[)\]]\s*$/;
const EDGES = /^[\s\-–—:|•·*"“”]+|[\s\-–—:|•·,;*"“”]+$/g;
const TRAILING_VENUE =
  /[.,]\s+((?:[A-Z][\w-]*\s?)+['’]?\d{2,4}|arXiv(?:\s+preprint)?(?:\s+\d{4})?)\s*\.?$/;

/**
 * `Title (2025-7, ICCV 2025).` → `Title` + `2025-7, ICCV 2025`; `Title. NeurIPS 2023` →
 * `Title` + `NeurIPS 2023`; full-width brackets read as ASCII ones; trailing periods dropped.
 * A trailing bracket that is not a date or venue (`[Game]`) stays in the title.
 */
export function cleanTitle(raw: string): CleanTitle {
  let title = raw.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, ' ').replace(EDGES, '');
  let dateText: string | undefined;
  const note = TRAILING_NOTE.exec(title);
  if (note && parseDateNote(note[1]!).readable) {
    dateText = note[1]!.trim();
    title = title.slice(0, note.index);
  }
  const venue = TRAILING_VENUE.exec(title);
  if (venue && dateText === undefined && parseDateNote(venue[1]!).readable) {
    dateText = venue[1]!.trim();
    title = title.slice(0, venue.index);
  }
  title = title
    .replace(EDGES, '')
    .replace(/(?<![.\s][A-Za-z]|\.\.)\.$/, '')
    .trim();
  return { title, dateText };
}
