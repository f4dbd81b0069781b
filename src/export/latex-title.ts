import { asciiMath, escapeLatex, type LatexEncoding } from './latex-text';

/**
 * A title as a BibTeX field value: LaTeX specials escaped, `$…$` math kept as the authors wrote
 * it (arXiv titles carry TeX such as `$\pi_0$`), and words whose capitals must survive a style's
 * case change wrapped in braces (`{GRPO}`, `{MM-Eureka}`, `{R1}`), as Better BibTeX does: never
 * a plain Title-Case word, which would freeze its case in every style.
 */
export function latexTitle(title: string, encoding: LatexEncoding): string {
  const sentenceCase = isSentenceCase(title);
  return splitMath(title)
    .map((part, index) =>
      part.math
        ? `{$${mathBody(part.text)}$}`
        : latexWords(part.text, encoding, sentenceCase && index === 0),
    )
    .join('');
}

/**
 * True for words a bibliography style must not lower-case: an acronym (`GRPO`, `VLMs`), inner
 * capitals (`DeepSeek`), capitals with digits (`R1`, `3D`) in any hyphen-joined part
 * (`Flow-GRPO`). Title-Case words, hyphenated or not (`Fine-Tuning`), are not protected.
 */
export function needsCaseProtection(word: string): boolean {
  return word.split(/[-‐–/]/).some((part) => {
    const letters = part.replace(/[^\p{L}\p{N}]/gu, '');
    if (letters.length < 2) return false;
    if (/\p{Lu}/u.test(letters.slice(1))) return true;
    return /\p{Lu}/u.test(letters) && /\p{N}/u.test(letters);
  });
}

/** Words a style lower-cases anyway; they do not tell Title Case from sentence case. */
const MINOR_WORDS = new Set(
  'a an and as at but by for from in into is of on or over the to via vs with without'.split(' '),
);

/**
 * Whether a title is in sentence case ("Diffusion model alignment using Direct Preference
 * Optimization"): then a capitalised word after the first is a proper name and is protected.
 */
export function isSentenceCase(title: string): boolean {
  const words = title
    .split(/\s+/)
    .slice(1)
    .filter((word) => /^\p{L}/u.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  return words.length >= 3 && lower >= words.length / 2;
}

function isProperName(token: string, position: number, sentenceCase: boolean): boolean {
  return sentenceCase && position > 0 && /^\p{P}*\p{Lu}\p{Ll}/u.test(token);
}

function latexWords(text: string, encoding: LatexEncoding, sentenceCase: boolean): string {
  let position = 0;
  return text
    .split(/(\s+)/)
    .map((token) => {
      if (token === '' || /^\s+$/.test(token)) return token.replace(/\s+/g, ' ');
      const protect = needsCaseProtection(token) || isProperName(token, position, sentenceCase);
      // After "Name:" a subtitle starts: its first word is capitalised by grammar, not a name.
      position = token.endsWith(':') ? 0 : position + 1;
      if (!protect) return escapeLatex(token, encoding);
      // Brace the word itself, not the punctuation around it: `({GRPO})`, `{MM-Eureka}:`.
      const [, before = '', word = '', after = ''] = /^(\p{P}*)(.*?)(\p{P}*)$/u.exec(token) ?? [];
      return `${escapeLatex(before, encoding)}{${escapeLatex(word, encoding)}}${escapeLatex(after, encoding)}`;
    })
    .join('');
}

/** Math as commands in both encodings: pdfLaTeX reads no Greek or symbols as UTF-8, in math or not. */
function mathBody(text: string): string {
  return asciiMath(text);
}

interface TitlePart {
  text: string;
  math: boolean;
}

/**
 * Finds `$…$` spans by Pandoc's rule: the opening `$` is followed by a non-space, the closing one
 * follows a non-space and is not followed by a digit (so `$5 and $10` stays text). Spans with
 * unbalanced braces are not trusted as math.
 */
export function splitMath(text: string): TitlePart[] {
  const parts: TitlePart[] = [];
  const pattern = /\$(?=\S)((?:\\.|[^$\\])*?\S)\$(?!\d)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const body = match[1]!;
    if (!bracesBalance(body)) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), math: false });
    parts.push({ text: body, math: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), math: false });
  return parts;
}

function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const char of text.replace(/\\[{}]/g, '')) {
    if (char === '{') depth += 1;
    if (char === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}
