import { asciiMath, escapeLatex, type LatexEncoding } from './latex-text';

/**
 * A title as a BibTeX field value: LaTeX specials escaped, `$…$` math kept as the authors wrote
 * it (arXiv titles carry TeX such as `$\pi_0$`), and words whose capitals must survive a style's
 * case change wrapped in braces (`{GRPO}`, `{MM-Eureka}`, `{R1}`).
 */
export function latexTitle(title: string, encoding: LatexEncoding): string {
  return splitMath(title)
    .map((part) =>
      part.math ? `{$${mathBody(part.text, encoding)}$}` : latexWords(part.text, encoding),
    )
    .join('');
}

/** True for words a bibliography style must not lower-case: internal capitals, digits, acronyms. */
export function needsCaseProtection(word: string): boolean {
  const letters = word.replace(/[^\p{L}\p{N}]/gu, '');
  if (letters.length < 2) return false;
  const hasUpper = /\p{Lu}/u.test(letters);
  if (/\p{Lu}/u.test(letters.slice(1))) return true;
  return hasUpper && /\p{N}/u.test(letters);
}

function latexWords(text: string, encoding: LatexEncoding): string {
  return text
    .split(/(\s+)/)
    .map((token) => {
      if (token === '' || /^\s+$/.test(token)) return token.replace(/\s+/g, ' ');
      if (!needsCaseProtection(token)) return escapeLatex(token, encoding);
      // Brace the word itself, not the punctuation around it: `({GRPO})`, `{MM-Eureka}:`.
      const [, before = '', word = '', after = ''] = /^(\p{P}*)(.*?)(\p{P}*)$/u.exec(token) ?? [];
      return `${escapeLatex(before, encoding)}{${escapeLatex(word, encoding)}}${escapeLatex(after, encoding)}`;
    })
    .join('');
}

function mathBody(text: string, encoding: LatexEncoding): string {
  return encoding === 'ascii' ? asciiMath(text) : text;
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
