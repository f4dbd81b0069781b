/**
 * Context clues around a match: does the paper propose the entity, or say it does without it?
 * Each takes the field text and the span of a match, and looks only at the words around it.
 */

/** The match is the whole head of a `Head: subtitle` title (`DanceGRPO: …`, `TGRPO :…`). */
export function isTitleHead(title: string, start: number, end: number): boolean {
  const colon = title.search(/[:：]/);
  if (colon <= 0) return false;
  const head = title.slice(0, colon);
  const headStart = head.length - head.trimStart().length;
  const headEnd = head.trimEnd().length;
  return start === headStart && end === headEnd;
}

const PROPOSAL_VERB = String.raw`(?:propose|proposes|introduce|introduces|present|presents|develop|develops|build|builds|design|designs|release|releases|coined|dubbed|termed|named|called|refer to as|referred to as)`;
// Words that may stand between the verb and the name: "we propose a novel RL method X".
const FILLER = String.raw`(?:a|an|the|our|novel|new|simple|first|unified|principled|scalable|efficient|effective|general|reinforcement|learning|rl|method|algorithm|framework|approach|objective|strategy|technique|benchmark|dataset|model|reward)`;
const PROPOSAL_BEFORE = new RegExp(
  String.raw`(?:\b${PROPOSAL_VERB}\s+(?:${FILLER}\s+){0,4}|\ban?\s+(?:novel|new)\s+|\bour\s+(?:new|novel|proposed)\s+)(?:\\[a-z]+\{)?$`,
  'i',
);
// "X, a novel …" / "X (Long Name), a new …" / "X, the first …"
const PROPOSAL_AFTER = /^\}?\s*(?:\([^()]{1,80}\))?\s*,\s*(?:an?\s+(?:novel|new)|the\s+first)\b/i;

/** The abstract introduces the match as its own: "we propose X", "coined X", "X, a novel …". */
export function isProposedInAbstract(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 100);
  return PROPOSAL_BEFORE.test(before) || PROPOSAL_AFTER.test(after);
}

// "without X", "nor training a X", "eliminating the need for X", "instead of X", within a clause.
const NEGATION_BEFORE =
  /\b(?:without|nor|no need for|instead of|rather than|(?:an? )?alternative to|unlike|in contrast to|free of|free from|removes?|removing|eliminat(?:e|es|ing)|bypass(?:es|ing)?|avoid(?:s|ing)?|does not (?:need|require|use))\b[^.;:!?,()]{0,50}$/i;

/** The sentence says the paper does without the match: "eliminating the need for reward models". */
export function isNegated(text: string, start: number): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
