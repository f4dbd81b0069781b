import type { UnarxiveParagraph } from './unarxive-schema';

const MARKER = /\{\{(cite|formula|figure|table):[^}]*\}\}/g;
const SENTENCE_END = /[.!?]\s/g;
/** Contexts kept per cited entry: enough to see how it is used, not a copy of the paper. */
const MAX_CONTEXTS = 3;
const MAX_CHARS = 400;

/**
 * The sentences around each citation marker, per bib entry id: the paragraph text cut at sentence
 * boundaries, markers replaced by short placeholders.
 */
export function collectCitationContexts(
  paragraphs: readonly UnarxiveParagraph[],
): Map<string, string[]> {
  const contexts = new Map<string, string[]>();
  for (const paragraph of paragraphs) {
    for (const span of paragraph.cite_spans ?? []) {
      if (!span.ref_id) continue;
      const list = contexts.get(span.ref_id) ?? [];
      if (list.length >= MAX_CONTEXTS) continue;
      const sentence = sentenceAround(paragraph.text, span.start, span.end);
      if (sentence && !list.includes(sentence)) list.push(sentence);
      contexts.set(span.ref_id, list);
    }
  }
  return contexts;
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  for (const match of text.matchAll(new RegExp(SENTENCE_END.source, 'g'))) {
    const boundary = match.index + match[0].length;
    if (boundary <= start) from = boundary;
  }
  const after = new RegExp(SENTENCE_END.source, 'g');
  after.lastIndex = end;
  const next = after.exec(text);
  const to = next ? next.index + 1 : text.length;
  const sentence = text
    .slice(from, to)
    .replace(MARKER, (_, kind: string) => (kind === 'cite' ? '[*]' : `[${kind}]`))
    .replace(/\s+/g, ' ')
    .trim();
  return sentence.length > MAX_CHARS ? `${sentence.slice(0, MAX_CHARS - 1)}…` : sentence;
}
