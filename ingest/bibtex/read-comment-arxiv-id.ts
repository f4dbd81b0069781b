import { parseArxivId } from '../../src/model/paper/arxiv-id';

const ID_IN_COMMENT = /\barxiv\s*:\s*([^\s,;]+)/i;

/**
 * The arXiv id that the `%` comment lines right above an entry name (curated files such as
 * `% source: github.com/OWNER/REPO README.md; arxiv: 2503.07365`), or undefined. Only the block
 * of comment lines touching the entry counts, so one entry's comment never speaks for the next.
 */
export function readCommentArxivId(
  lines: readonly string[],
  entryLine: number,
): string | undefined {
  for (let index = entryLine - 2; index >= 0; index -= 1) {
    const line = lines[index]!.trim();
    if (!line.startsWith('%')) return undefined;
    const match = ID_IN_COMMENT.exec(line);
    if (!match) continue;
    const id = parseArxivId(match[1]!);
    return id.ok ? id.id : undefined;
  }
  return undefined;
}
