import type { List, ListItem, Nodes } from 'mdast';
import { findHtmlLinks } from './html-links';
import type { Definitions, InlineToken, LinkToken } from './inline-tokens';
import { toInlineTokens } from './inline-tokens';
import { isLabelLink } from './read-entry-head';
import { lineText } from './read-stacked-head';
import { splitAuthors } from './split-authors';

/** What the indented lines under an entry's title say about it. */
export interface SubLines {
  linkTokens: LinkToken[];
  authors?: string[] | undefined;
  /** Date and venue parts (`Venue: NeurIPS 2024`, `📅 2025-03`). */
  dateParts: string[];
}

const DECORATION = /[\p{Extended_Pictographic}\ufe0f\u200d\s\-–—•·*_|]+/gu;
const LABELLED =
  /^(authors?|date|published|time|venue|conference|journal|code|paper|pdf|arxiv|project(?: page)?|keywords?|tags?|tl;?dr|affiliations?|institutions?|links?|github|website|homepage|demo|models?|datasets?|blog)\s*[:：]\s*/i;
const LINK_LABEL =
  /^(?:arxiv\b|hugging ?face|github|gitlab|project|code|paper|pdf|website|homepage|home page|demo|models?\b|datasets?\b|blog|openreview|doi\b|slides?|video|poster)/i;

/**
 * Reads a nested list as the sub-lines of the entry above it, when every item is one: a
 * labelled fact (`Authors: …`, `👤 Venue: …`) or a labelled link (`📄 [arXiv 2509.11543](…)`,
 * `💻 [GitHub Project](…)`, a badge). Returns undefined when any item is an entry of its own.
 */
export function readSubLines(list: List, definitions: Definitions): SubLines | undefined {
  const result: SubLines = { linkTokens: [], dateParts: [] };
  for (const item of list.children) {
    if (!readSubLine(item, definitions, result)) return undefined;
  }
  return result;
}

function readSubLine(item: ListItem, definitions: Definitions, into: SubLines): boolean {
  if (item.children.some((child) => child.type === 'list')) return false;
  const tokens = item.children.flatMap((child) =>
    child.type === 'paragraph' ? toInlineTokens(child.children, definitions) : [],
  );
  const html = collectHtml(item);
  if (tokens.length === 0 && html !== '') {
    into.linkTokens.push(...findHtmlLinks(html, item.position?.start.line ?? 0));
    return true;
  }
  const text = lineText(tokens).replace(DECORATION, ' ').trim();
  const label = LABELLED.exec(text);
  const links = tokens.filter((token): token is LinkToken => token.type === 'link');
  if (label) {
    readLabelled(label[1]!.toLowerCase(), text.slice(label[0].length), links, into);
    return true;
  }
  if (links.length === 0 || !links.every(isSubLineLink) || hasWordsOutside(tokens)) return false;
  into.linkTokens.push(...links);
  return true;
}

/** The inline HTML of an item (a badge written as `<a href><img></a>`). */
function collectHtml(item: ListItem): string {
  const parts: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'html') parts.push(node.value);
    if ('children' in node) node.children.forEach(walk);
  };
  item.children.forEach(walk);
  return parts.join('');
}

function readLabelled(label: string, value: string, links: LinkToken[], into: SubLines): void {
  into.linkTokens.push(...links);
  if (label.startsWith('author')) into.authors ??= splitAuthors(value);
  else if (/^(?:date|published|time|venue|conference|journal)$/.test(label)) {
    if (value !== '') into.dateParts.push(value);
  }
}

function isSubLineLink(link: LinkToken): boolean {
  return isLabelLink(link) || LINK_LABEL.test(link.text);
}

/** Words outside the links mean prose, not a labelled link. */
function hasWordsOutside(tokens: InlineToken[]): boolean {
  const outside = tokens
    .filter((token) => token.type !== 'link')
    .map((token) => token.value)
    .join(' ')
    .replace(DECORATION, ' ');
  return /\p{L}{3}/u.test(outside);
}
