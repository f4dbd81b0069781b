/**
 * Person names as sources print them (`Fanqing Meng`, `Meng, Fanqing`, `Hans van den Berg`,
 * `Qwen Team`), split once into parts that identity (deduplicating authors) and every exporter
 * (BibTeX, CSL-JSON, RIS, citation keys) share, so a citation always names the person we
 * deduplicated on. Pure; the rules are BibTeX's, with no guessing about the culture a name comes
 * from: `Family, Given` is how a source says which part is the family name (Chinese, Korean and
 * Spanish double surnames included); in natural order the family name is the last word, or
 * starts at the first lower-case particle (`van`, `de la`, `bin`).
 */
export type PersonName =
  | {
      kind: 'person';
      given: string;
      /** Lower-case words that open the family name (`van den`, `de la`, `bin`); cited with it. */
      particle?: string | undefined;
      family: string;
      /** `Jr.`, `III` … kept apart so that it never ends up in a key. */
      suffix?: string | undefined;
    }
  | { kind: 'organization'; literal: string };

/**
 * Keys for deduplicating people. `full` only matches the same spelling (accents, case and
 * punctuation aside); `initial` (`f meng`) also matches abbreviated given names, which is a
 * weaker claim: callers compare it only when they have other evidence (same paper, same order).
 */
export interface PersonNameKeys {
  full: string;
  initial: string;
}

/** Words that mark a name as an organization rather than a person (`Qwen Team`, `OpenAI`). */
const ORGANIZATION_WORDS =
  /\b(team|group|lab|labs|laboratory|inc|ltd|llc|corp|corporation|company|consortium|collaboration|project|foundation|institute|university|committee|association|society|research|openai|deepmind|anthropic|google|meta|microsoft|nvidia)\b/i;

/** Lower-case words that belong to the family name: `van Gogh`, `de la Fuente`, `bin Said`. */
const PARTICLES = new Set([
  ...['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du'],
  ...['la', 'le', 'ten', 'ter', 'zu', 'bin', 'binti', 'ibn', 'al', 'el'],
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
  const text = name.replace(/\s+/g, ' ').trim();
  if (ORGANIZATION_WORDS.test(text)) return { kind: 'organization', literal: text };
  const parts = text
    .split(/[,\uFF0C]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const [first = '', second, third] = parts;
  if (third !== undefined) return inverted(first, third, second);
  if (second === undefined) return naturalOrder(first.split(' '));
  if (SUFFIX.test(second)) return { ...naturalOrder(first.split(' ')), suffix: second };
  return inverted(first, second, undefined);
}

/** `van den Berg, Hans` and `Ford, Jr., Henry`. */
function inverted(familyPart: string, given: string, suffix: string | undefined): PersonName {
  return { kind: 'person', given, ...takeParticles(familyPart.split(' ')), suffix };
}

function naturalOrder(
  words: string[],
): Extract<PersonName, { kind: 'person' }> & { suffix?: string | undefined } {
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.pop() : undefined;
  if (words.length < 2) return { kind: 'person', given: '', family: words.join(' '), suffix };
  const particleAt = words.findIndex(
    (word, index) => index > 0 && index < words.length - 1 && PARTICLES.has(word),
  );
  const start = particleAt > 0 ? particleAt : words.length - 1;
  return {
    kind: 'person',
    given: words.slice(0, start).join(' '),
    ...takeParticles(words.slice(start)),
    suffix,
  };
}

function takeParticles(words: string[]): { particle?: string | undefined; family: string } {
  let index = 0;
  while (index < words.length - 1 && PARTICLES.has(words[index]!)) index += 1;
  const particle = words.slice(0, index).join(' ');
  return { particle: particle || undefined, family: words.slice(index).join(' ') };
}

/** The family name with its particle, as it is sorted, cited and compared (`de Rijke`). */
export function fullFamilyName(name: PersonName): string {
  if (name.kind === 'organization') return name.literal;
  return name.particle ? `${name.particle} ${name.family}` : name.family;
}

/** The full comparison key: `Meng, Fanqing` and `Fanqing Méng` both give `fanqing meng`. */
export function normalisePersonName(name: string): string {
  return personNameKeys(name).full;
}

export function personNameKeys(name: string): PersonNameKeys {
  const split = splitPersonName(name);
  const givenKey = split.kind === 'person' ? toKeyPart(split.given) : '';
  const familyKey = toKeyPart(fullFamilyName(split));
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
