/**
 * The BibTeX library decodes LaTeX to Unicode but renders formatting commands as HTML
 * (`\textit{x}` → `<i>x</i>`, case protection → `<span class="nocase">`). Records hold plain text.
 */
const MARKUP =
  /<\/?(?:a|b|i|em|strong|sup|sub|span|p|h\d|blockquote|ul|ol|li|pre|code|br|script)\b[^>]*>/gi;
/** Emoji (with their joiners and variation selectors) used as decoration before a title. */
const LEADING_PICTOGRAPHS =
  /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Variation_Selector}|\u200D|\s)+/u;

/**
 * Also composes accents: the library emits `e` + U+0301 for `{\'e}` where sources print `é`, and
 * a dotless `ı` + accent for `{\'\i}`, which only composes once it is a plain `i` again.
 */
export function cleanBibtexText(text: string): string {
  return text
    .replace(MARKUP, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ı(?=\p{M})/gu, 'i')
    .replace(/ȷ(?=\p{M})/gu, 'j')
    .normalize('NFC');
}

export function cleanTitle(text: string): string {
  return cleanBibtexText(text).replace(LEADING_PICTOGRAPHS, '');
}

/** `<a href="https://x">label</a>` (how the library renders `\url{…}`) → the first href. */
export function findHref(text: string): string | undefined {
  return /<a href="([^"]+)">/.exec(text)?.[1];
}
