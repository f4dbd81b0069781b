/** A line where a top-level block may start: the document can be parsed in pieces there. */
export interface ChunkStart {
  /** Character offset of the line's start. */
  offset: number;
  /** 1-based line number. */
  line: number;
  /** A top-level ATX heading, or an item of a top-level list that may continue one before it. */
  kind: 'heading' | 'item';
}

const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/y;
const BLANK = /^[ \t]*$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const ITEM = /^(?:[-+*]|\d{1,9}[.)])[ \t]+\S/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,})$/;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*[ \t]*/;
const FENCE_OPEN = /^(`{3,}|~{3,})/;

/**
 * Candidate places to cut a document before parsing it piece by piece: column-0 ATX headings
 * and list items after a blank line, outside what looks like a fenced code block or an HTML
 * comment. The scan is lexical and errs towards cutting less; `parseInChunks` checks each cut
 * against the parse and skips the ones that are not clean block boundaries.
 */
export function findChunkStarts(text: string): ChunkStart[] {
  const starts: ChunkStart[] = [];
  const state = { fence: undefined as string | undefined, comment: false, previousBlank: false };
  LINE.lastIndex = 0;
  for (let line = 1; LINE.lastIndex < text.length; line++) {
    const offset = LINE.lastIndex;
    const match = LINE.exec(text);
    if (!match) break;
    const content = match[1]!;
    const kind = startKind(content);
    if (kind && state.previousBlank && !state.fence && !state.comment) {
      starts.push({ offset, line, kind });
    }
    followBlocks(content, state);
    state.previousBlank = BLANK.test(content);
  }
  return starts;
}

function startKind(content: string): ChunkStart['kind'] | undefined {
  if (HEADING.test(content)) return 'heading';
  if (ITEM.test(content) && !THEMATIC_BREAK.test(content)) return 'item';
  return undefined;
}

function followBlocks(
  content: string,
  state: { fence: string | undefined; comment: boolean },
): void {
  if (state.comment) {
    if (content.includes('-->')) state.comment = false;
    return;
  }
  const inner = content.replace(CONTAINER_PREFIX, '');
  if (state.fence) {
    if (closesFence(inner, state.fence)) state.fence = undefined;
    return;
  }
  const fence = FENCE_OPEN.exec(inner)?.[1];
  if (fence) {
    state.fence = fence;
    return;
  }
  const opened = content.lastIndexOf('<!--');
  if (opened >= 0 && !content.includes('-->', opened + 4)) state.comment = true;
}

function closesFence(inner: string, fence: string): boolean {
  const trimmed = inner.trimEnd();
  return trimmed.length >= fence.length && [...trimmed].every((char) => char === fence[0]);
}
