import { bibtex as bibtexTable, Transform } from 'unicode2latex';

/**
 * Plain Unicode text → LaTeX for BibTeX field values, with the Unicode↔LaTeX table Better BibTeX
 * maintains (`unicode2latex`) rather than one of our own.
 *
 * Two encodings, chosen by dialect:
 * - `ascii` (classic BibTeX): every character with a LaTeX spelling becomes a command, accents in
 *   the braced form BibTeX sorts and abbreviates correctly (`Vuli{\'c}`).
 * - `utf8` (BibLaTeX + Biber): accented Latin letters and typographic punctuation stay UTF-8
 *   (pdfLaTeX's standard `inputenc` reads them); everything else it would reject (Greek, math
 *   symbols, `ł`, `ß`) becomes a command as in `ascii`.
 * In both, LaTeX's own specials are escaped, pictographs (emoji) that no TeX font has are dropped,
 * and letters with no LaTeX spelling (CJK) stay UTF-8 for engines and packages that read them.
 */
export type LatexEncoding = 'ascii' | 'utf8';

/** Characters LaTeX treats specially in text. Braces use named commands so BibTeX's brace count stays balanced. */
const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** Characters that change meaning or carry nothing, in both encodings. */
const NORMALISED: Record<string, string> = {
  '\u00a0': '~', // no-break space
  '\u2011': '-', // non-breaking hyphen (common in arXiv titles; pdfTeX has no glyph for it)
  '\u200b': '',
  '\u00ad': '',
};

/** Punctuation pdfLaTeX's `utf8` input encoding maps in any font encoding. */
const UTF8_SAFE_PUNCTUATION = new Set([...'‘’“”–—…']);

/** Pictographs and the invisible selectors that follow them: no TeX font has them. */
const PICTOGRAPH = /^(?:\p{Extended_Pictographic}|\p{Variation_Selector}|\u200d)$/u;

const transform = new Transform('bibtex');

/** Escapes plain text for a BibTeX field value. */
export function escapeLatex(text: string, encoding: LatexEncoding): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += escapeChar(char, encoding);
  return out;
}

/**
 * Makes math copied from a title (`\pi_0`, or `π_\texttt{RL}` as arXiv prints it) safe in the
 * ascii encoding by spelling Unicode symbols as math commands; the LaTeX itself is kept.
 */
export function asciiMath(content: string): string {
  let out = '';
  for (const char of content) {
    const math = char.charCodeAt(0) < 0x80 ? undefined : bibtexTable.base[char]?.math;
    out += math === undefined ? char : `{${math}}`;
  }
  return out;
}

function escapeChar(char: string, encoding: LatexEncoding): string {
  const special = SPECIALS[char] ?? NORMALISED[char];
  if (special !== undefined) return special;
  if (char.charCodeAt(0) < 0x80) return char;
  if (PICTOGRAPH.test(char)) return '';
  if (encoding === 'utf8' && (readsAsUtf8(char) || hasTwoAccents(char))) return char;
  return braceCommand(transform.tolatex(char));
}

/**
 * `{\'a}`, `{\~{\^e}}`, `{\ss}`: a text command in braces, the form BibTeX treats as one special
 * character when it sorts, abbreviates and changes case. (The library's own "creator" mode
 * strips inner braces, `{\~\^e}`, which TeX cannot read.)
 */
function braceCommand(latex: string): string {
  return latex.startsWith('\\') ? `{${latex}}` : latex;
}

/**
 * An accented letter of Latin-1 (`é`, `ü`, `ñ`: pdfLaTeX's `utf8.def` spells each with an accent
 * every font encoding has) or common punctuation. `ễ`, `ą`, `ð` need more than the defaults.
 */
function readsAsUtf8(char: string): boolean {
  if (UTF8_SAFE_PUNCTUATION.has(char)) return true;
  const [base = '', ...marks] = char.normalize('NFD');
  return char <= '\u00ff' && marks.length === 1 && /^[A-Za-z]$/.test(base);
}

/**
 * Biber decodes `\~{\^e}` only half-way (`{\~ê}`, which TeX cannot read), so for BibLaTeX a
 * letter with two accents (Vietnamese `ễ`) stays UTF-8; Biber re-encodes it with `safeinputenc`.
 */
function hasTwoAccents(char: string): boolean {
  return char.normalize('NFD').length > 2;
}
