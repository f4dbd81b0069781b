import type { PaperDetails } from './paper';
import { fullFamilyName, splitPersonName } from './person-name';

/** Title words that never make a key (`On the …`, `Towards …`). */
const STOPWORDS = new Set(
  (
    'a an the on of in for to and or with via by from at as into onto towards toward is are be ' +
    'do does can what how why when where which who whose beyond through over under about its it ' +
    'this that these those your our we you not vs versus'
  ).split(' '),
);

const MAX_PART = 24;

/**
 * Human-style citation keys, `<first author family><year><first significant title word>`,
 * lower-case ASCII (`meng2025mmeureka`). Keys in `existing` are kept, so a paper keeps its key
 * across exports (the caller persists them) and no new paper takes a key already given out or
 * `retired` (a replaced provisional key, still its paper's).
 * Of papers that would share a key, the oldest (lowest id) gets it plain and the others `a`, `b`, …
 * in paper-id order. Every key in the result is unique.
 */
export function assignCitationKeys(
  papers: readonly PaperDetails[],
  existing: ReadonlyMap<number, string>,
  retired: ReadonlySet<string> = new Set(),
): Map<number, string> {
  const result = new Map<number, string>();
  const taken = new Set([...existing.values(), ...retired]);
  const fresh = new Map<number, string>();
  for (const details of papers) {
    const id = details.paper.id;
    const kept = existing.get(id);
    if (kept !== undefined) result.set(id, kept);
    else if (!fresh.has(id)) fresh.set(id, baseCitationKey(details));
  }
  const byId = [...fresh].sort(([a], [b]) => a - b);
  const sharing = countValues(byId.map(([, base]) => base));
  // Unshared bases first, so a colliding group never takes a key some other paper owns outright.
  const collided: [number, string][] = [];
  for (const [id, base] of byId) {
    if (sharing.get(base) === 1 && !taken.has(base)) claim(id, base);
    else collided.push([id, base]);
  }
  for (const [id, base] of collided)
    claim(id, taken.has(base) ? firstFreeSuffix(base, taken) : base);
  return new Map(
    papers.flatMap(({ paper }) =>
      result.has(paper.id) ? [[paper.id, result.get(paper.id)!]] : [],
    ),
  );

  function claim(id: number, key: string): void {
    result.set(id, key);
    taken.add(key);
  }
}

/** The key a paper gets when nothing collides with it. */
export function baseCitationKey({ paper, authors }: PaperDetails): string {
  const words = significantWords(paper.title);
  const year = paper.year ?? yearOf(paper.published) ?? '';
  const first = authors[0];
  const family = first === undefined ? '' : keyPart(fullFamilyName(splitPersonName(first)));
  if (family !== '') return `${family}${year}${words[0] ?? ''}`;
  const [word = 'untitled', next = ''] = words;
  return `${word}${year}${next}`;
}

function significantWords(title: string): string[] {
  return plainTitle(title)
    .split(/[\s/]+/)
    .map(keyPart)
    .filter((word) => word !== '' && !STOPWORDS.has(word));
}

/** Drops TeX markup from a title: `$\pi_\texttt{RL}$` → `piRL`. */
function plainTitle(title: string): string {
  return title
    .replace(/\$/g, '')
    .replace(/\\[a-zA-Z]+\{/g, '{')
    .replace(/\\([a-zA-Z]+)/g, '$1')
    .replace(/[_^{}]/g, '');
}

/** Lower-case ASCII letters and digits only: accents stripped, `ß` → `ss`, Greek spelled out. */
export function keyPart(text: string): string {
  return [...text.normalize('NFD')]
    .map((char) => TRANSLITERATION[char] ?? char)
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, MAX_PART);
}

const TRANSLITERATION: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ...Object.fromEntries(
    'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma sigma tau upsilon phi chi psi omega'
      .split(' ')
      .map((name, index) => [String.fromCodePoint(0x3b1 + index), name]),
  ),
};

function yearOf(date: string | null): number | undefined {
  const match = /^(\d{4})/.exec(date ?? '');
  return match ? Number(match[1]) : undefined;
}

/** `a` … `z`, `aa`, `ab` …: the first suffix that makes `base` free. */
function firstFreeSuffix(base: string, taken: ReadonlySet<string>): string {
  for (let index = 0; ; index += 1) {
    const key = base + suffix(index);
    if (!taken.has(key)) return key;
  }
}

function suffix(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    n -= 1;
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

function countValues(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
