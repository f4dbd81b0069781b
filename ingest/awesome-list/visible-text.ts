import type { InlineToken } from './inline-tokens';

/** What a reader sees of some inline content: text, tags and link texts, whitespace collapsed. */
export function visibleText(tokens: readonly InlineToken[]): string {
  return tokens
    .map((token) =>
      token.type === 'link' ? token.text : token.type === 'text' ? token.value : token.value,
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
