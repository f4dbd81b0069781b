import type { Code, Html, Nodes, Root } from 'mdast';
import { NotThisFormatError } from '../types';

const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * An HTML comment or fenced code block that is opened and never closed swallows the rest of the
 * document: everything after it silently disappears. That is a broken file, not a bad entry.
 */
export function checkUnterminatedBlocks(root: Root, text: string, file: string): void {
  const end = text.trimEnd().length;
  for (const node of blocksReachingEnd(root, end)) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      const opened = node.value.lastIndexOf('<!--');
      if (opened >= 0 && node.value.indexOf('-->', opened + 4) < 0) {
        const commentLine = line + node.value.slice(0, opened).split('\n').length - 1;
        throw new NotThisFormatError(
          file,
          'an HTML comment opened here is never closed (no "-->"), so it hides the rest of the file',
          commentLine,
        );
      }
    } else if (isUnclosedFence(node, text)) {
      throw new NotThisFormatError(
        file,
        'a fenced code block opened here is never closed, so it swallows the rest of the file',
        line,
      );
    }
  }
}

function blocksReachingEnd(node: Nodes, end: number): (Html | Code)[] {
  const reaches = (node.position?.end.offset ?? 0) >= end;
  if (!reaches) return [];
  const own = node.type === 'html' || node.type === 'code' ? [node] : [];
  const children = 'children' in node ? node.children : [];
  return [...own, ...children.flatMap((child: Nodes) => blocksReachingEnd(child, end))];
}

/** A fenced block is closed when its last line is a fence of the same character, at least as long. */
function isUnclosedFence(node: Code, text: string): boolean {
  const source = text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const opening = FENCE.exec(source)?.[1];
  if (opening === undefined) return false;
  const lines = source.split('\n');
  const last = lines.at(-1)?.trim() ?? '';
  const closes = new RegExp(`^\\${opening[0]}{${opening.length},}$`).test(last);
  return lines.length < 2 || !closes;
}
