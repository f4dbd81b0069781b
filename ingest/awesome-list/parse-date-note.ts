import { PLATFORMS, VENUE_FILLERS, canonicalVenue, isKnownVenue } from './venue-names';
import { VENUE_QUALIFIERS } from '../../src/model/paper/venues';

/** What a date note such as `(Jun. 2024, NeurIPS 2024)` or `(2025, ICLR oral)` says. */
export interface DateNote {
  year?: number | undefined;
  month?: number | undefined;
  /** Canonical venue name, without qualifiers; never `arXiv`. */
  venue?: string | undefined;
  /** Acceptance qualifiers kept out of the venue name: `oral`, `Spotlight`. */
  qualifiers: string[];
  /** The note calls the work a blog post or a course. */
  kindHint?: 'blog' | 'course' | undefined;
  /** Where the resource lives when that is all the note says (`Hugging Face`). */
  platform?: string | undefined;
  /** The note says `arXiv`: a preprint, whatever else it says. */
  saysArxiv: boolean;
  /** False when nothing in the note could be read. */
  readable: boolean;
}

const MONTHS: Record<string, number> = {
  ...monthNames(1, ['jan', 'january']),
  ...monthNames(2, ['feb', 'febr', 'february']),
  ...monthNames(3, ['mar', 'march']),
  ...monthNames(4, ['apr', 'april']),
  ...monthNames(5, ['may']),
  ...monthNames(6, ['jun', 'june']),
  ...monthNames(7, ['jul', 'july', 'jl']),
  ...monthNames(8, ['aug', 'august']),
  ...monthNames(9, ['sep', 'sept', 'september']),
  ...monthNames(10, ['oct', 'october']),
  ...monthNames(11, ['nov', 'november']),
  ...monthNames(12, ['dec', 'december']),
};

const MONTH_YEAR = /^([a-z]+)\.?\s*(\d{4})$/i;
const NUMERIC_DATE = /^(\d{4})[-./](\d{1,2})(?:[-./]\d{1,2})?$/;
const YEAR = /^(?:19|20)\d{2}$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})$/;
const MONTH_DAY = /^([a-z]+)\.?\s+\d{1,2}(?:st|nd|rd|th)?$/i;
const DAY_MONTH_NAME_YEAR = /^\d{1,2}(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+((?:19|20)\d{2})$/i;
/** `2025ICCV`, as some lists glue year and venue. */
const GLUED_YEAR = /^((?:19|20)\d{2})([A-Za-z][A-Za-z-]*)$/;
const SHORT_YEAR = /^(.*?)['’](\d{2})$/;

/** Reads a date note as written in the wild; parts are separated by commas or semicolons. */
export function parseDateNote(text: string): DateNote {
  const note: DateNote = {
    year: undefined,
    month: undefined,
    venue: undefined,
    qualifiers: [],
    kindHint: undefined,
    platform: undefined,
    saysArxiv: false,
    readable: false,
  };
  const venueParts: string[] = [];
  for (const part of text.split(/[,;]/).map((piece) => piece.trim())) {
    if (part !== '' && !readDatePart(part, note)) venueParts.push(part);
  }
  for (const part of venueParts) readVenuePart(part, note);
  note.readable =
    [note.year, note.month, note.venue, note.kindHint, note.platform].some(isSet) || note.saysArxiv;
  return note;
}

/** `Mar. 2025`, `Sept 2025`, `2025`, `2025-03`, or a month on its own; true when it was one. */
function readDatePart(part: string, note: DateNote): boolean {
  const monthYear = MONTH_YEAR.exec(part);
  const month = monthYear ? MONTHS[monthYear[1]!.toLowerCase()] : undefined;
  if (monthYear && month) return setDate(note, Number(monthYear[2]), month);
  const numeric = NUMERIC_DATE.exec(part);
  if (numeric && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 12) {
    return setDate(note, Number(numeric[1]), Number(numeric[2]));
  }
  if (YEAR.test(part)) return setDate(note, Number(part), undefined);
  const dayFirst = DAY_MONTH_YEAR.exec(part);
  if (dayFirst) return setDate(note, Number(dayFirst[3]), dayMonth(dayFirst));
  const named = DAY_MONTH_NAME_YEAR.exec(part);
  const namedMonth = named ? MONTHS[named[1]!.toLowerCase()] : undefined;
  if (named && namedMonth) return setDate(note, Number(named[2]), namedMonth);
  const monthDay = MONTH_DAY.exec(part);
  const monthOfDay = monthDay ? MONTHS[monthDay[1]!.toLowerCase()] : undefined;
  if (monthOfDay) {
    note.month ??= monthOfDay;
    return true;
  }
  const monthAlone = MONTHS[part.replace(/\.$/, '').toLowerCase()];
  if (monthAlone) note.month ??= monthAlone;
  return monthAlone !== undefined;
}

/** `20/3/2024` is day first; `3/20/2024` can only be month first. */
function dayMonth([, first, second]: RegExpExecArray): number | undefined {
  const a = Number(first);
  const b = Number(second);
  if (b >= 1 && b <= 12) return b;
  return a >= 1 && a <= 12 ? a : undefined;
}

function setDate(note: DateNote, year: number, month: number | undefined): true {
  if (note.year === undefined) {
    note.year = year;
    note.month ??= month;
  }
  return true;
}

/** `NeurIPS 2024`, `ICLR oral`, `Blog`, `arXiv`, `Hugging Face`, `NeurIPS'24`. */
function readVenuePart(part: string, note: DateNote): void {
  const platform = PLATFORMS[part.toLowerCase()];
  if (platform) {
    note.platform ??= platform;
    return;
  }
  const name: string[] = [];
  for (const word of part.split(/\s+/)) {
    const bare = word.replace(/[().]/g, '');
    const lower = bare.toLowerCase();
    const shortYear = SHORT_YEAR.exec(bare);
    const glued = GLUED_YEAR.exec(bare);
    if (YEAR.test(bare)) note.year ??= Number(bare);
    else if (glued) {
      note.year ??= Number(glued[1]);
      name.push(glued[2]!);
    } else if (shortYear) {
      note.year ??= 2000 + Number(shortYear[2]);
      if (shortYear[1]) name.push(shortYear[1]);
    } else if (VENUE_QUALIFIERS.has(lower)) note.qualifiers.push(bare);
    else if (lower === 'blog' || lower === 'blogpost') note.kindHint = 'blog';
    else if (lower === 'course') note.kindHint = 'course';
    else if (lower === 'arxiv' || lower === 'preprint') note.saysArxiv = true;
    else if (!VENUE_FILLERS.has(lower) && bare !== '') name.push(word);
  }
  acceptVenue(name.join(' '), note);
}

/** A name is a venue when it is a known one, or when the note also gives a year. */
function acceptVenue(name: string, note: DateNote): void {
  if (name === '' || note.venue !== undefined || !/\p{L}/u.test(name)) return;
  if (isKnownVenue(name) || note.year !== undefined) note.venue = canonicalVenue(name);
}

function monthNames(month: number, names: string[]): Record<string, number> {
  return Object.fromEntries(names.map((name) => [name, month]));
}

function isSet(value: unknown): boolean {
  return value !== undefined;
}
