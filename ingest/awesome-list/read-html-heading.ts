import type { Heading, Html } from 'mdast';
import { elementText } from './html-links';
import { fromHtml } from 'hast-util-from-html';

const HEADING_BLOCK = /^\s*<h([1-6])\b[^>]*>[\s\S]*<\/h\1>\s*$/i;

/**
 * `<h3 id="rlvr-analysis">RLVR Analysis</h3>` written as an HTML block is a heading to a
 * reader, so it opens a section like `### RLVR Analysis`. Other HTML is not a heading.
 */
export function readHtmlHeading(node: Html): Heading | undefined {
  const match = HEADING_BLOCK.exec(node.value);
  if (!match) return undefined;
  const text = elementText(fromHtml(node.value, { fragment: true }));
  return {
    type: 'heading',
    depth: Number(match[1]) as Heading['depth'],
    children: [{ type: 'text', value: text }],
    position: node.position,
  };
}
