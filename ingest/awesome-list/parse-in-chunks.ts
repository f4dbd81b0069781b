import type { Code, Html, Nodes, Root } from 'mdast';
import type { ChunkStart } from './find-chunk-starts';
import { findChunkStarts } from './find-chunk-starts';
import type { DocumentFacts } from './document-facts';
import { definedLabels } from './document-facts';
import type { Definitions } from './inline-tokens';
import { parseMarkdownChunk } from './parse-markdown-chunk';
import { readSubLines } from './read-sub-lines';

/** One parsed piece of a document, in document order. */
export interface ParsedChunk {
  root: Root;
  last: boolean;
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** HTML blocks that run until an end marker, not until a blank line (CommonMark kinds 1–5). */
const HTML_UNTIL_MARKER: [opening: RegExp, end: RegExp][] = [
  [/^[ \t]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^[ \t]*<!--/, /-->/],
  [/^[ \t]*<\?/, /\?>/],
  [/^[ \t]*<!\[CDATA\[/, /\]\]>/],
  [/^[ \t]*<![A-Za-z]/, />/],
];

/**
 * Parses a document in pieces of about `chunkChars` characters, cut before top-level headings
 * or list items, so that only one piece's syntax tree is in memory at a time (a tree takes a few
 * hundred times its text). A cut is kept only where the parse shows a clean boundary: nothing
 * left open at the end of the piece (a code fence, an HTML block), and no list cut away from the
 * paragraph that may read it as its sub-lines. `facts` gives what is known of the whole
 * document (its definitions), asked before each piece.
 */
export function* parseInChunks(
  text: string,
  chunkChars: number,
  facts: () => DocumentFacts | undefined,
): Generator<ParsedChunk> {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts = Number.isFinite(chunkChars) ? findChunkStarts(text) : [];
  let from: ChunkStart = { offset: bom, line: 1, kind: 'heading' };
  let next = 0;
  for (;;) {
    next = firstStartFrom(starts, next, from.offset + chunkChars);
    const { root, end } = parseUpToCleanCut(text, from, bom, starts, next, facts());
    yield { root, last: end === undefined };
    if (end === undefined) return;
    from = starts[end]!;
    next = end + 1;
  }
}

function parseUpToCleanCut(
  text: string,
  from: ChunkStart,
  bom: number,
  starts: readonly ChunkStart[],
  firstCut: number,
  facts: DocumentFacts | undefined,
): { root: Root; end: number | undefined } {
  const origin = { line: from.line, offset: from.offset - bom };
  const defined = definedLabels(facts);
  const definitions = facts?.definitions ?? new Map<string, string>();
  for (let cut = firstCut; ;) {
    const end = starts[cut];
    const source = text.slice(from.offset, end?.offset ?? text.length);
    const root = parseMarkdownChunk(source, origin, defined);
    if (!end) return { root, end: undefined };
    const problem = boundaryProblem(root, end, text, bom, definitions);
    if (!problem) return { root, end: cut };
    // A list goes on until the next heading at least, so cutting it before then fails again.
    // What the scan took for a boundary inside an open block may repeat until the block ends:
    // doubling the piece keeps the parsing linear.
    cut =
      problem === 'list-after-paragraph'
        ? nextHeading(starts, cut + 1)
        : firstStartFrom(starts, cut + 1, end.offset + (end.offset - from.offset));
  }
}

function firstStartFrom(starts: readonly ChunkStart[], from: number, offset: number): number {
  let index = from;
  while (index < starts.length && starts[index]!.offset < offset) index++;
  return index;
}

function nextHeading(starts: readonly ChunkStart[], from: number): number {
  let index = from;
  while (index < starts.length && starts[index]!.kind !== 'heading') index++;
  return index;
}

function boundaryProblem(
  root: Root,
  cut: ChunkStart,
  text: string,
  bom: number,
  definitions: Definitions,
): 'open-block' | 'list-after-paragraph' | undefined {
  const end = endOfContent(text, cut.offset) - bom;
  if (openBlocksAtEnd(root, end, text, bom).length > 0) return 'open-block';
  if (cut.kind !== 'item') return undefined;
  // The item must continue a list that no paragraph reads as its sub-lines. A list that holds
  // an item which is not a sub-line is no paragraph's sub-lines, however long it goes on.
  const children = root.children;
  const last = children.at(-1);
  const beforeLast = children.length > 1 ? children.at(-2) : undefined;
  if (last?.type !== 'list') return 'list-after-paragraph';
  const mayBeSubLines =
    beforeLast?.type === 'paragraph' && readSubLines(last, definitions) !== undefined;
  return mayBeSubLines ? 'list-after-paragraph' : undefined;
}

/** The offset just after the last non-whitespace character before `offset`. */
function endOfContent(text: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Code and HTML blocks reaching the end of the piece that may go on past it in the whole. */
function openBlocksAtEnd(node: Nodes, end: number, text: string, bom: number): (Html | Code)[] {
  if ((node.position?.end.offset ?? 0) < end) return [];
  const own =
    (node.type === 'html' && !closedHtml(node)) ||
    (node.type === 'code' && !closedFence(node, text, bom));
  const children = 'children' in node ? node.children : [];
  return [
    ...(own ? [node as Html | Code] : []),
    ...children.flatMap((child: Nodes) => openBlocksAtEnd(child, end, text, bom)),
  ];
}

function closedHtml(node: Html): boolean {
  const kind = HTML_UNTIL_MARKER.find(([opening]) => opening.test(node.value));
  if (!kind) return true;
  const lastLine = node.value.slice(node.value.lastIndexOf('\n') + 1);
  return kind[1].test(lastLine);
}

/** Indented code ends at the next unindented line; a fenced block only at its closing fence. */
function closedFence(node: Code, text: string, bom: number): boolean {
  const start = (node.position?.start.offset ?? 0) + bom;
  const source = text.slice(start, (node.position?.end.offset ?? 0) + bom);
  const opening = FENCE.exec(source)?.[1];
  if (opening === undefined) return true;
  const lines = source.split(/\r\n|\r|\n/);
  const last = lines.at(-1)?.trim() ?? '';
  return (
    lines.length >= 2 &&
    last.length >= opening.length &&
    [...last].every((char) => char === opening[0])
  );
}
