import type { Nodes, Root } from 'mdast';
import { findArxivIdInUrl } from '../../src/model/paper/arxiv-id';

/** An arXiv id a document links to, with the first line that links to it. */
export interface ArxivLinkSighting {
  id: string;
  line: number;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const URL_IN_HTML = /\b(?:href|src)\s*=\s*["']([^"']+)["']/gi;

/**
 * Every distinct valid arXiv id the rendered document links to (links, images, link
 * definitions and `href`s of inline HTML), outside HTML comments and code blocks: what a
 * reader of the list can click. The yardstick for how much of a list the parser understood.
 * Notes them in `seen` (id → first line), so a document read in pieces is noted piece by piece.
 */
export function noteArxivLinks(root: Root, seen: Map<string, number>): void {
  const note = (url: string, line: number): void => {
    const result = findArxivIdInUrl(url);
    if (result?.ok && !seen.has(result.id)) seen.set(result.id, line);
  };
  const walk = (node: Nodes): void => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'code') return;
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      note(node.url, line);
    }
    if (node.type === 'html') {
      const visible = node.value.replace(COMMENT, '');
      for (const match of visible.matchAll(URL_IN_HTML)) note(match[1]!, line);
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(root);
}

export function sightingsOf(seen: ReadonlyMap<string, number>): ArxivLinkSighting[] {
  return [...seen].map(([id, line]) => ({ id, line }));
}
