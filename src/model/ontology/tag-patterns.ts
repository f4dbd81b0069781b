import type { MatchCase } from './ontology';

/**
 * Turns an ontology alias into a regular expression that finds it in prose.
 *
 * - Whole words only: no letter or digit may touch either end (`PPO` is not found in `PPOX`).
 * - Case, word by word (`auto`): a word with a capital after its first letter is an acronym or a
 *   coined name (`GRPO`, `ImageReward`, `nuScenes`, `T2I`) and must match exactly, so `ppo` in prose
 *   is not PPO; any other word (`policy`, `Flow`, `Diffusion`) matches in any case. An entity's
 *   `matchCase` overrides this for all its words (`sensitive` for `Habitat`, `insensitive` to let
 *   an acronym match in lower case).
 * - A hyphen and white space are interchangeable between words (`Flow-GRPO` = `Flow GRPO`,
 *   also the non-breaking hyphen), but a joined spelling (`FlowGRPO`) must be listed as an alias.
 * - A plural `s` may follow the last word (`reward models`, `RMs`).
 */
export interface AliasPattern {
  regex: RegExp;
  /** True when some word must match its letter case exactly (an acronym-like alias). */
  exact: boolean;
}

const WORD = /[\p{L}\p{N}]+/u;
const TOKENS = /[\p{L}\p{N}]+|[\s\u2010\u2011-]+|[^\p{L}\p{N}\s\u2010\u2011-]/gu;
const SEPARATOR = '(?:[\\u2010\\u2011-]|\\s+)';

export function compileAliasPattern(alias: string, matchCase: MatchCase = 'auto'): AliasPattern {
  const tokens = alias.trim().match(TOKENS) ?? [];
  let exact = false;
  const parts = tokens.map((token) => {
    if (/^[\s\u2010\u2011-]+$/u.test(token)) return SEPARATOR;
    if (!WORD.test(token)) return escapeRegex(token);
    const wordIsExact = matchCase === 'sensitive' || (matchCase === 'auto' && isAcronymLike(token));
    exact ||= wordIsExact;
    return wordIsExact ? escapeRegex(token) : ignoringCase(token);
  });
  const last = tokens.at(-1) ?? '';
  const plural = /\p{L}$/u.test(last) ? 's?' : '';
  const source = `(?<![\\p{L}\\p{N}])${parts.join('')}${plural}(?![\\p{L}\\p{N}])`;
  return { regex: new RegExp(source, 'gu'), exact };
}

/** `GRPO`, `ImageReward`, `nuScenes`, `HPSv2`, `T2I`: a capital letter after the first character. */
export function isAcronymLike(word: string): boolean {
  return /^.+\p{Lu}/u.test(word);
}

function ignoringCase(word: string): string {
  return [...word]
    .map((char) => {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      return lower === upper ? escapeRegex(char) : `[${lower}${upper}]`;
    })
    .join('');
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Replaces URLs with spaces of the same length, so offsets stay valid and links match nothing. */
export function maskUrls(text: string): string {
  return text.replace(/\b(?:https?:\/\/|www\.)\S+/gi, (url) => ' '.repeat(url.length));
}
