import stem from 'wink-porter2-stemmer';

/**
 * How text becomes search terms; the index, the query and the highlighter must agree on it.
 * A term is a word folded (case, accents), with British -isation spelt -ization, then stemmed
 * (Porter2): "Thinking" and "think" are one term, as are "Optimisation" and "optimization".
 */

/** Whitespace and punctuation split words; every Unicode dash (U+2010–U+2015, "-") is punctuation. */
const WORD_BOUNDARY = /[\n\r\p{Z}\p{P}\p{S}]+/u;
const WORD = /[^\n\r\p{Z}\p{P}\p{S}]+/gu;
/** A hyphen or dash between two words with no space: `Device‑Control`, `text-to-image`. */
const JOINING_DASH = /^[-\u00AD\u2010-\u2015]$/u;

/**
 * `compute` remembered per word: a corpus repeats a small vocabulary, and folding and stemming
 * every occurrence was most of the cost of building the index and the text-similarity model.
 * Cleared when full, so memory is bounded.
 */
function rememberPerWord(compute: (word: string) => string): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let result = known.get(word);
    if (result === undefined) {
      if (known.size >= KNOWN_WORDS_LIMIT) known.clear();
      result = compute(word);
      known.set(word, result);
    }
    return result;
  };
}
const KNOWN_WORDS_LIMIT = 200_000;

/** Folds accents and case so "Araújo" finds "Araujo" and "GRPO" finds "grpo". */
export const foldTerm = rememberPerWord((term) =>
  term
    .normalize('NFKD')
    .replace(/[\p{M}\u00AD]/gu, '')
    .toLowerCase(),
);

/** A plural acronym (`LLMs`, `VLMs`, `PRMs`): no vowel, so Porter2 leaves its `s` on. */
const PLURAL_ACRONYM = /^[^aeiouy]{2,}s$/;

/**
 * The search term of one word: folded, -isation → -ization, stemmed, a plural acronym made
 * singular ("MLLMs" is "MLLM"). Empty for no letters.
 */
export const toSearchTerm = rememberPerWord(computeSearchTerm);

function computeSearchTerm(word: string): string {
  const folded = foldTerm(word);
  if (folded === '') return '';
  if (PLURAL_ACRONYM.test(folded) && !folded.endsWith('ss')) return folded.slice(0, -1);
  return stem(folded.replace(/isation(s?)$/, 'ization$1'));
}

/** The words of `text` as written (`Flow-GRPO` → `Flow`, `GRPO`), empty ones dropped. */
export function splitWords(text: string): string[] {
  return text.split(WORD_BOUNDARY).filter((word) => foldTerm(word) !== '');
}

export interface FoundWord {
  text: string;
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** True when a dash and no space join this word to the next (`multi‑modal`). */
  joinedToNext: boolean;
}

/** The words of `text` with where each one is, empty ones dropped. */
export function findWords(text: string): FoundWord[] {
  const words: FoundWord[] = [];
  for (const match of text.matchAll(WORD)) {
    if (foldTerm(match[0]) === '') continue;
    const start = match.index;
    const previous = words[words.length - 1];
    // One pass: a word's join to the next is known when the next is found.
    if (previous && start - previous.end === 1) {
      previous.joinedToNext = JOINING_DASH.test(text[previous.end]!);
    }
    words.push({ text: match[0], start, end: start + match[0].length, joinedToNext: false });
  }
  return words;
}

/**
 * The words of `text` as written, empty ones included (the caller folds them): the words
 * `findWords` finds, in one native call without an object per word, for whole-corpus models.
 */
export function listWordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Runs of dash-joined words (`text-to-image` → one run of three), as index ranges. */
export function dashRuns(words: readonly FoundWord[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (let from = 0; from < words.length;) {
    let to = from;
    while (words[to]!.joinedToNext && to + 1 < words.length) to++;
    if (to > from) runs.push({ from, to });
    from = to + 1;
  }
  return runs;
}

/** Where a name's case changes: `Dense|GRPO`, `Video|Chat`, `GRPO|Trainer`, not `MLLM|s`. */
const CASE_CHANGE = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})/u;

/**
 * The parts of a name written in camel case (`DenseGRPO` → `Dense`, `GRPO`), empty for a plain
 * word: paper and method names glue words and acronyms together, and "GRPO" should find them.
 */
export function camelCaseParts(word: string): string[] {
  const parts = word.split(CASE_CHANGE);
  return parts.length > 1 ? parts.filter((part) => part.length > 1) : [];
}

/**
 * What the index stores for a field: every word's term, plus the joined form of dash-joined
 * words, so "multimodal" finds "Multi-Modal" and "device-control" finds "DeviceControl", plus
 * the parts of camel-case names, so "GRPO" finds "DenseGRPO".
 */
export function tokenizeForIndex(text: string): string[] {
  const words = findWords(text);
  const joined = dashRuns(words).map(({ from, to }) =>
    words
      .slice(from, to + 1)
      .map((w) => w.text)
      .join(''),
  );
  const parts = words.flatMap((w) => camelCaseParts(w.text));
  return [...words.map((w) => w.text), ...joined, ...parts];
}

/** Function words: they never decide whether a paper matches "every word" of a query. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or the their this to via vs with without'.split(
    ' ',
  ),
);

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}
