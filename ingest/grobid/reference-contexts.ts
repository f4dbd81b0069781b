const SENTENCE = /<s\b[^>]*>([\s\S]*?)<\/s>/g;
const PARAGRAPH = /<p\b[^>]*>([\s\S]*?)<\/p>/g;
const BIBR_REF = /<ref\b[^>]*type="bibr"[^>]*target="#([^"]+)"[^>]*>/g;
const MAX_CONTEXTS = 3;

/**
 * The sentences (GROBID's `<s>`, else paragraphs) of the body that cite each `biblStruct`, by its
 * `xml:id`, tags stripped. fast-xml-parser loses mixed content order, so this reads the text.
 */
export function findReferenceContexts(tei: string): Map<string, string[]> {
  const body = /<body\b[\s\S]*?<\/body>/.exec(tei)?.[0] ?? '';
  const pattern = SENTENCE.test(body) ? SENTENCE : PARAGRAPH;
  pattern.lastIndex = 0;
  const contexts = new Map<string, string[]>();
  for (const [, inner] of body.matchAll(pattern)) {
    const text = stripTags(inner!);
    for (const [, target] of inner!.matchAll(BIBR_REF)) {
      const list = contexts.get(target!) ?? [];
      if (list.length < MAX_CONTEXTS && !list.includes(text)) list.push(text);
      contexts.set(target!, list);
    }
  }
  return contexts;
}

function stripTags(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
