import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { InlineToken, LinkToken } from './inline-token';

/**
 * The `<a href>` links of a piece of inline HTML (`<a href="…"><img alt="Paper" …></a>`), as
 * entry links: text, badge image and the line each starts on. HTML is parsed by a real HTML
 * parser (parse5, through hast-util-from-html), so quoting, entities and unclosed tags are
 * read as a browser reads them.
 */
export function findHtmlLinks(html: string, firstLine: number): LinkToken[] {
  const links: LinkToken[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'element' && node.tagName === 'a' && node.properties['href'] !== undefined) {
      links.push(toLinkToken(node, firstLine));
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html, { fragment: true }));
  return links;
}

const TAG_STYLES: Record<string, 'strong' | 'emphasis' | 'inlineCode' | 'delete'> = {
  b: 'strong',
  strong: 'strong',
  i: 'emphasis',
  em: 'emphasis',
  code: 'inlineCode',
  del: 'delete',
  s: 'delete',
};

/** An HTML element's content as entry tokens: text, links, `<br>` line breaks, bold/italic tags. */
export function htmlToTokens(node: Nodes, firstLine: number): InlineToken[] {
  if (node.type === 'text') return [{ type: 'text', value: node.value }];
  if (node.type !== 'element' && node.type !== 'root') return [];
  if (node.type === 'element') {
    if (node.tagName === 'br') return [{ type: 'text', value: '\n' }];
    if (node.tagName === 'a' && node.properties['href'] !== undefined) {
      return [toLinkToken(node, firstLine)];
    }
    const style = TAG_STYLES[node.tagName];
    if (style && !findElement(node, 'a')) return [{ type: 'tag', value: elementText(node), style }];
  }
  return node.children.flatMap((child) => htmlToTokens(child, firstLine));
}

function toLinkToken(anchor: Element, firstLine: number): LinkToken {
  const image = findElement(anchor, 'img');
  const alt = image?.properties['alt'];
  const src = image?.properties['src'];
  return {
    type: 'link',
    url: String(anchor.properties['href']).trim(),
    text: elementText(anchor),
    image: image
      ? { alt: alt === undefined ? '' : String(alt), url: String(src ?? '') }
      : undefined,
    line: firstLine + (anchor.position?.start.line ?? 1) - 1,
  };
}

/** The text a reader sees in an element, whitespace collapsed. */
export function elementText(node: Nodes): string {
  const parts: string[] = [];
  const walk = (child: Nodes): void => {
    if (child.type === 'text') parts.push(child.value);
    if ('children' in child) child.children.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

export function findElement(node: Nodes, tagName: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tagName) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}
