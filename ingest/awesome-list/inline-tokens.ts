import type { Image, Link, LinkReference, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findHtmlLinks } from './html-links';
import { safeDecodeUri } from '../../src/model/safe-decode-uri';

export type { Definitions, InlineToken, LinkToken } from './inline-token';
import type { Definitions, InlineToken, LinkToken } from './inline-token';

const BREAK_TAG = /^<br\s*\/?>$/i;
const ANCHOR_OPEN = /^<a\s[^>]*>$/i;
const ANCHOR_CLOSE = /^<\/a\s*>$/i;

/**
 * Inline content as tokens. Inline HTML counts where a reader sees it: `<br>` breaks a line,
 * `<a href>…</a>` (written across several HTML nodes, as micromark splits tags) is a link.
 */
export function toInlineTokens(nodes: PhrasingContent[], definitions: Definitions): InlineToken[] {
  const tokens: InlineToken[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'html' && BREAK_TAG.test(node.value.trim())) {
      tokens.push({ type: 'text', value: '\n' });
    } else if (node.type === 'html' && ANCHOR_OPEN.test(node.value.trim())) {
      const close = nodes.findIndex(
        (n, i) => i > index && n.type === 'html' && ANCHOR_CLOSE.test(n.value.trim()),
      );
      const end = close < 0 ? nodes.length : close;
      tokens.push(...anchorTokens(nodes.slice(index, end + 1), node.position?.start.line ?? 0));
      index = end;
    } else if (node.type === 'html') {
      tokens.push(...findHtmlLinks(node.value, node.position?.start.line ?? 0));
    } else tokens.push(...toToken(node, definitions));
  }
  return tokens;
}

/** `<a href="…">` + text and `<img>` nodes + `</a>`, read back as the HTML it is. */
function anchorTokens(nodes: PhrasingContent[], line: number): InlineToken[] {
  const html = nodes
    .map((node) => (node.type === 'html' ? node.value : escapeHtml(toString(node))))
    .join('');
  return findHtmlLinks(html, line);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function toToken(node: PhrasingContent, definitions: Definitions): InlineToken[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'break':
      return [{ type: 'text', value: '\n' }];
    case 'strong':
    case 'emphasis':
    case 'delete':
      // `**[Title](url)**`: the link is what matters, not the emphasis around it.
      if (holdsLink(node)) {
        return toInlineTokens(node.children, definitions);
      }
      return [{ type: 'tag', value: toString(node, { includeHtml: false }), style: node.type }];
    case 'inlineCode':
      return [{ type: 'tag', value: toString(node, { includeHtml: false }), style: node.type }];
    case 'link':
      return [toLinkToken(node, node.url)];
    case 'linkReference':
      return [readReference(node, definitions)];
    default:
      return [];
  }
}

function holdsLink(node: PhrasingContent): boolean {
  if (node.type === 'link' || node.type === 'linkReference') return true;
  return 'children' in node && node.children.some((child) => holdsLink(child as PhrasingContent));
}

function readReference(node: LinkReference, definitions: Definitions): InlineToken {
  const url = definitions.get(node.identifier);
  if (url !== undefined) return toLinkToken(node, url);
  return { type: 'text', value: `[${toString(node, { includeHtml: false })}]` };
}

function toLinkToken(node: Link | LinkReference, url: string): LinkToken {
  const text = toString(node, { includeHtml: false, includeImageAlt: false });
  const image = node.children.find((child): child is Image => child.type === 'image');
  return {
    type: 'link',
    url: url.trim(),
    text: text.replace(/\s+/g, ' ').trim(),
    image: image ? { alt: image.alt ?? '', url: image.url } : undefined,
    line: node.position?.start.line ?? 0,
  };
}

/**
 * What a link is labelled: the badge's alt text, else what the badge image says
 * (`img.shields.io/github/stars/…` → `Star`, `img.shields.io/badge/arXiv-…` → `arXiv`), else its text.
 */
export function linkLabel(token: LinkToken): string {
  if (token.text !== '') return token.text;
  const alt = token.image?.alt.trim() ?? '';
  if (alt !== '') return alt;
  return badgeLabel(token.image?.url ?? '');
}

function badgeLabel(imageUrl: string): string {
  if (/img\.shields\.io\/github\/stars\//i.test(imageUrl)) return 'Star';
  const badge = /img\.shields\.io\/badge\/([^-/]+)-/i.exec(imageUrl);
  return badge ? safeDecodeUri(badge[1]!).replace(/_/g, ' ') : '';
}
