/**
 * BibTeX separates names with `and`; READMEs often separate them with commas instead
 * (`Jisheng Dang, Jingze Wu, Teng Wang`), which BibTeX reads as one malformed three-part name.
 * This rewrites such lists, in the raw field text, so that every name is separated by `and`.
 */
export interface AuthorListText {
  /** The raw field with every name separated by ` and `. */
  text: string;
  /** True when commas had to be read as name separators. */
  commaSeparated: boolean;
}

const AND = /\s+and\s+/iy;
const COMMA = /[,\uFF0C]/y;
/** The middle part of `Ford, Jr., Henry`. */
const SUFFIX = /^(?:jr|sr|[ivx]+)\.?$/i;

export function joinAuthorsWithAnd(raw: string): AuthorListText {
  let commaSeparated = false;
  const names = splitTopLevel(raw, AND).flatMap((part) => {
    const segments = splitTopLevel(part, COMMA)
      .map((segment) => segment.trim())
      .filter((segment) => segment !== '');
    if (!isCommaSeparatedList(segments)) return [part.trim()];
    commaSeparated = true;
    return segments;
  });
  return { text: names.filter((name) => name !== '').join(' and '), commaSeparated };
}

/**
 * `Family, Given` has two parts and `Family, Jr, Given` three; more parts, or two parts that are
 * both `Given Family` names, can only be a list.
 */
function isCommaSeparatedList(segments: string[]): boolean {
  if (segments.length >= 4) return true;
  if (segments.length === 3) return !SUFFIX.test(segments[1]!);
  if (segments.length === 2) return segments.every(looksLikeNaturalOrderName);
  return false;
}

/** `Hongyu Li` yes; `Li` (a family name alone) or `van der Berg` (particles first) no. */
function looksLikeNaturalOrderName(segment: string): boolean {
  const words = segment.split(/\s+/);
  return words.length >= 2 && /^[\p{Lu}{\\]/u.test(segment) && segment.toLowerCase() !== 'others';
}

/** Splits at `separator` (a sticky regex) outside braces, so `{Barnes and Noble}` stays whole. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    if (depth !== 0 || char === '{' || char === '}') continue;
    separator.lastIndex = index;
    const match = separator.exec(text);
    if (!match) continue;
    parts.push(text.slice(start, index));
    start = index + match[0].length;
    index = start - 1;
  }
  parts.push(text.slice(start));
  return parts;
}
