import { splitMath } from './latex-title';

/**
 * A title for formats that read plain text (CSL-JSON, RIS): simple TeX math as arXiv titles
 * carry it becomes Unicode (`$\pi_0$` → `π₀`, `$π_\texttt{RL}$` → `π_RL`). Math this cannot
 * spell (an unknown command) is left exactly as written.
 */
export function plainTitle(title: string): string {
  return convertMath(title, (math) => math);
}

/**
 * The same for CSL-JSON, where converted math is wrapped in CSL's `nocase` markup so a style's
 * title case leaves it alone (`π₀`, never `Π₀`).
 */
export function cslTitle(title: string): string {
  return convertMath(title, (math) => `<span class="nocase">${math}</span>`);
}

function convertMath(title: string, wrap: (math: string) => string): string {
  return splitMath(title)
    .map((part) => {
      if (!part.math) return part.text;
      const unicode = mathToUnicode(part.text);
      return unicode === undefined ? `$${part.text}$` : wrap(unicode);
    })
    .join('');
}

const GREEK =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho varsigma sigma tau upsilon phi chi psi omega'.split(
    ' ',
  );

const COMMANDS: Record<string, string> = {
  ...Object.fromEntries(GREEK.map((name, index) => [name, String.fromCodePoint(0x3b1 + index)])),
  ...Object.fromEntries(
    GREEK.filter((name) => name !== 'varsigma').map((name) => [
      name.charAt(0).toUpperCase() + name.slice(1),
      String.fromCodePoint(0x391 + GREEK.indexOf(name)),
    ]),
  ),
  varepsilon: 'ε',
  varphi: 'φ',
  times: '×',
  cdot: '·',
  pm: '±',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  approx: '≈',
  infty: '∞',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  circ: '°',
};

/** Commands that only change the font of their argument. */
const FONT =
  /\\(?:text|texttt|textbf|textit|textrm|textsf|mathrm|mathbf|mathit|mathsf|mathtt|mathcal|mathbb|boldsymbol|operatorname)\{([^{}]*)\}/g;

const SUBSCRIPTS: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()'].map((char, index) => [char, '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎'.charAt(index)]),
);
const SUPERSCRIPTS: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()'].map((char, index) => [char, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾'.charAt(index)]),
);

function mathToUnicode(tex: string): string | undefined {
  let text = tex.replace(FONT, '$1');
  let unknown = false;
  text = text.replace(/\\([a-zA-Z]+)\s*/g, (whole, name: string) => {
    const symbol = COMMANDS[name];
    if (symbol === undefined) unknown = true;
    return symbol ?? whole;
  });
  if (unknown) return undefined;
  text = text.replace(
    /([_^])(?:\{([^{}]*)\}|(.))/gu,
    (_whole, operator: string, group?: string, single?: string) =>
      scripted(operator, group ?? single ?? '') ?? `${operator}${group ?? single ?? ''}`,
  );
  return /[\\{}]/.test(text) ? undefined : text;
}

/** `₀` for `_0`; undefined when some character has no sub- or superscript form. */
function scripted(operator: string, body: string): string | undefined {
  const table = operator === '_' ? SUBSCRIPTS : SUPERSCRIPTS;
  const chars = [...body].map((char) => table[char]);
  return chars.every((char) => char !== undefined) ? chars.join('') : undefined;
}
