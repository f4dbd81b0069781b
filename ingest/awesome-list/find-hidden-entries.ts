import type { Code, Html, ListItem, Nodes } from 'mdast';
import { at } from '../../src/model/finding';
import type { Finding } from '../types';
import type { Definitions } from './inline-tokens';
import { parseMarkdown } from './parse-markdown';
import { readEntry } from './read-entry';

const COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
const FENCE_START = /^[ \t]*(?:`{3,}|~{3,})/;

/**
 * Entries a reader of the rendered list does not see: list items inside HTML comments
 * (`hidden-in-comment`) or code blocks (`in-code-block`). The hidden text is read with the same
 * rules as visible entries, so comments that are not entries are not reported.
 */
export function findHiddenEntries(
  node: Html | Code,
  text: string,
  file: string,
  definitions: Definitions,
): Finding[] {
  const start = node.position?.start;
  if (!start) return [];
  if (node.type === 'code') {
    const fenced = FENCE_START.test(text.slice(start.offset ?? 0));
    const where = 'inside a code block';
    return readHidden(
      node.value,
      start.line + (fenced ? 1 : 0),
      file,
      definitions,
      'in-code-block',
      where,
    );
  }
  const findings: Finding[] = [];
  for (const match of node.value.matchAll(COMMENT)) {
    const bodyStart = match.index + '<!--'.length;
    const line = start.line + countLines(node.value.slice(0, bodyStart));
    // The body's first line follows `<!--`: drop its indent so it cannot read as code.
    const body = match[1]!.replace(/^[ \t]+/, '');
    findings.push(
      ...readHidden(body, line, file, definitions, 'hidden-in-comment', 'inside an HTML comment'),
    );
  }
  return findings;
}

function readHidden(
  body: string,
  firstLine: number,
  file: string,
  definitions: Definitions,
  code: string,
  where: string,
): Finding[] {
  const context = { file, sectionPath: [], definitions };
  return listItemsOf(parseMarkdown(body)).flatMap((item) => {
    const entry = readEntry(item, context)?.entry;
    if (!entry) return [];
    const line = firstLine + entry.source.line - 1;
    return [{ where: at({ file, line }), code, reason: `entry "${entry.title}" is ${where}` }];
  });
}

/** Every list item in a tree, nested ones included, in document order. */
export function listItemsOf(node: Nodes): ListItem[] {
  const own = node.type === 'listItem' ? [node] : [];
  const children = 'children' in node ? node.children : [];
  return [...own, ...children.flatMap((child) => listItemsOf(child))];
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}
