import type { Image, Link, LinkReference, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { safeDecodeUri } from '../../src/model/safe-decode-uri';

/** Link reference definitions of a document: normalised identifier → URL. */
export type Definitions = ReadonlyMap<string, string>;

/** A link as an entry reads it: where it goes, what it says, and the badge it shows. */
export interface LinkToken {
  type: 'link';
  url: string;
  /** Visible text, without images. */
  text: string;
  /** The badge image, when the link shows one. */
  image?: { alt: string; url: string } | undefined;
  line: number;
}

/** The inline content of a list item's paragraph, reduced to what entry reading needs. */
export type InlineToken =
  | { type: 'text'; value: string }
  /** Emphasised or code text (`**CVPR 2025**`, `` `NeurIPS'24` ``). */
  | { type: 'tag'; value: string }
  | LinkToken;

export function toInlineTokens(nodes: PhrasingContent[], definitions: Definitions): InlineToken[] {
  return nodes.flatMap((node) => toToken(node, definitions));
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
    case 'inlineCode':
      return [{ type: 'tag', value: toString(node, { includeHtml: false }) }];
    case 'link':
      return [toLinkToken(node, node.url)];
    case 'linkReference':
      return [readReference(node, definitions)];
    default:
      return [];
  }
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
