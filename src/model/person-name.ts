/**
 * Person names as sources print them (`Fanqing Meng`, `Meng, Fanqing`, `Meng, F.`), split into
 * parts and reduced to comparison keys. Pure; no guessing about which script or culture a name
 * comes from beyond the BibTeX conventions.
 */
export interface PersonName {
  given: string;
  family: string;
  /** `Jr.`, `III` … kept apart so that it never ends up in a key. */
  suffix?: string | undefined;
}

/**
 * Keys for deduplicating people. `full` only matches the same spelling (accents, case and
 * punctuation aside); `initial` (`f meng`) also matches abbreviated given names, which is a
 * weaker claim: callers compare it only when they have other evidence (same paper, same order).
 */
export interface PersonNameKeys {
  full: string;
  initial: string;
}

/** Lower-case words that belong to the family name: `van Gogh`, `de la Fuente`. */
const PARTICLES = new Set([
  ...['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du'],
  ...['la', 'le', 'ten', 'ter', 'bin', 'ibn', 'al', 'el'],
]);
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** Letters that Unicode decomposition does not reduce to ASCII. */
const FOLDED: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  þ: 'th',
  ı: 'i',
};

/** Splits `Given Family`, `Family, Given` or `Family, Jr., Given` into its parts. */
export function splitPersonName(name: string): PersonName {
  const parts = name
    .split(/[,\uFF0C]/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
  const [first = '', second, third] = parts;
  if (third !== undefined) return { family: first, given: third, suffix: second };
  if (second === undefined) return splitNaturalOrder(first.split(' '));
  if (SUFFIX.test(second)) return { ...splitNaturalOrder(first.split(' ')), suffix: second };
  return { family: first, given: second };
}

function splitNaturalOrder(words: string[]): PersonName {
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.pop() : undefined;
  if (words.length < 2) return { given: '', family: words.join(' '), suffix };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1]!)) start -= 1;
  return { given: words.slice(0, start).join(' '), family: words.slice(start).join(' '), suffix };
}

/** The full comparison key: `Meng, Fanqing` and `Fanqing Méng` both give `fanqing meng`. */
export function normalisePersonName(name: string): string {
  return personNameKeys(name).full;
}

export function personNameKeys(name: string): PersonNameKeys {
  const { given, family } = splitPersonName(name);
  const givenKey = toKeyPart(given);
  const familyKey = toKeyPart(family);
  return {
    full: [givenKey, familyKey].filter((part) => part !== '').join(' '),
    initial: [givenKey.charAt(0), familyKey].filter((part) => part !== '').join(' '),
  };
}

/** Accents folded, lower case, `.` and `-` read as word breaks, apostrophes dropped (`Li'an`). */
function toKeyPart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øłßæœđþı]/g, (letter) => FOLDED[letter] ?? letter)
    .replace(/['’`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
