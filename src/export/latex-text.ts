/**
 * Plain Unicode text → LaTeX for BibTeX field values.
 *
 * Two encodings, chosen by dialect:
 * - `ascii` (classic BibTeX): every character we know becomes a LaTeX command, accents in the
 *   braced form BibTeX sorts and abbreviates correctly (`Vuli{\'c}`). Characters with no LaTeX
 *   spelling (CJK, emoji) stay UTF-8, which `inputenc`/modern engines accept.
 * - `utf8` (BibLaTeX + Biber): text stays UTF-8; only LaTeX's own specials are escaped.
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

/** Characters that change meaning or break TeX in both encodings. */
const NORMALISED: Record<string, string> = {
  '\u00a0': '~', // no-break space
  '\u2011': '-', // non-breaking hyphen (common in arXiv titles; pdfTeX has no glyph for it)
  '\u200b': '',
  '\u00ad': '',
};

const ASCII_TEXT: Record<string, string> = {
  ß: '{\\ss}',
  æ: '{\\ae}',
  Æ: '{\\AE}',
  œ: '{\\oe}',
  Œ: '{\\OE}',
  ø: '{\\o}',
  Ø: '{\\O}',
  å: '{\\aa}',
  Å: '{\\AA}',
  ł: '{\\l}',
  Ł: '{\\L}',
  ı: '{\\i}',
  ð: '{\\dh}',
  þ: '{\\th}',
  '–': '--',
  '—': '---',
  '‘': '\\textquoteleft{}',
  '’': '\\textquoteright{}',
  '“': '``',
  '”': "''",
  '…': '\\ldots{}',
  '•': '\\textbullet{}',
  '€': '\\texteuro{}',
  '£': '\\pounds{}',
  '§': '\\S{}',
  '©': '\\textcopyright{}',
  '®': '\\textregistered{}',
  '™': '\\texttrademark{}',
};

/** Greek small letters in code point order from U+03B1 (ς, final sigma, sits between ρ and σ). */
const GREEK =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho varsigma sigma tau upsilon phi chi psi omega'.split(
    ' ',
  );
/** Capitals that differ from Latin letters; the others (Α, Β …) have no command of their own. */
const GREEK_CAPITALS = new Set(
  'Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega'.split(' '),
);

/** Symbols that only exist in math mode; in text they are wrapped in `$…$`. */
const MATH_SYMBOLS: Record<string, string> = {
  '×': '\\times',
  '±': '\\pm',
  '·': '\\cdot',
  '≤': '\\leq',
  '≥': '\\geq',
  '≠': '\\neq',
  '≈': '\\approx',
  '→': '\\rightarrow',
  '←': '\\leftarrow',
  '↔': '\\leftrightarrow',
  '∞': '\\infty',
  '°': '^{\\circ}',
  ...greekLetters(),
  ...scripts('₀₁₂₃₄₅₆₇₈₉', '_'),
  ...scripts('⁰¹²³⁴⁵⁶⁷⁸⁹', '^'),
};

/** Combining marks → LaTeX accent commands (punctuation accents take no braces around the letter). */
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0307': '.',
  '\u0308': '"',
  '\u0306': 'u',
  '\u030a': 'r',
  '\u030b': 'H',
  '\u030c': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
};

/** Escapes plain text for a BibTeX field value. */
export function escapeLatex(text: string, encoding: LatexEncoding): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += escapeChar(char, encoding);
  return out;
}

/**
 * Makes math copied from a title (`\pi_0`, or `π_\texttt{RL}` as arXiv prints it) safe in the
 * ascii encoding by spelling Unicode symbols as commands; the LaTeX itself is kept.
 */
export function asciiMath(content: string): string {
  let out = '';
  for (const char of content) {
    const symbol = MATH_SYMBOLS[char];
    out += symbol === undefined ? char : `{${symbol}}`;
  }
  return out;
}

function escapeChar(char: string, encoding: LatexEncoding): string {
  const special = SPECIALS[char] ?? NORMALISED[char];
  if (special !== undefined) return special;
  if (encoding === 'utf8' || char.charCodeAt(0) < 0x80) return char;
  const named = ASCII_TEXT[char];
  if (named !== undefined) return named;
  const math = MATH_SYMBOLS[char];
  if (math !== undefined) return `$${math}$`;
  return accented(char) ?? char;
}

/** `é` → `{\'e}`, `č` → `{\v{c}}`, `ễ` → `{\~{\^{e}}}`; undefined when it is not letter + accents. */
function accented(char: string): string | undefined {
  const [base = '', ...marks] = char.normalize('NFD');
  if (marks.length === 0 || !/^[A-Za-z]$/.test(base)) return undefined;
  let out = base;
  for (const mark of marks) {
    const command = ACCENTS[mark];
    if (command === undefined) return undefined;
    out = /^[a-zA-Z]$/.test(command) ? `\\${command}{${out}}` : `\\${command}${wrapIfNested(out)}`;
  }
  return `{${out}}`;
}

function wrapIfNested(out: string): string {
  return out.length === 1 ? out : `{${out}}`;
}

function greekLetters(): Record<string, string> {
  const table: Record<string, string> = { ϵ: '\\epsilon', ϕ: '\\phi' };
  GREEK.forEach((name, index) => {
    table[String.fromCodePoint(0x3b1 + index)] = name === 'omicron' ? 'o' : `\\${name}`;
    const capital = name.charAt(0).toUpperCase() + name.slice(1);
    if (GREEK_CAPITALS.has(capital)) table[String.fromCodePoint(0x391 + index)] = `\\${capital}`;
  });
  return table;
}

function scripts(digits: string, operator: '_' | '^'): Record<string, string> {
  const table: Record<string, string> = {};
  [...digits].forEach((char, digit) => {
    table[char] = `${operator}{${digit}}`;
  });
  return table;
}
