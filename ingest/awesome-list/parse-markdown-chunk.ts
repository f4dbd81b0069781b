import type { Nodes, Root } from 'mdast';
import type { Point, Position } from 'unist';
import { parseMarkdown } from './parse-markdown';

/** Where a piece starts in the whole document (micromark's offsets: a leading BOM not counted). */
export interface ChunkOrigin {
  line: number;
  offset: number;
}

/** Labels defined elsewhere in the document, which references in this piece may use. */
export interface DefinedLabels {
  definitions: readonly string[];
  footnotes: readonly string[];
}

/**
 * Parses one piece of a document as the whole document's parse would read it: positions are
 * the document's, and references to definitions made in other pieces resolve. micromark reads
 * `[label]` as a link only when `label` is defined somewhere, so those labels are defined again
 * in a preamble that is parsed with the piece and then dropped.
 */
export function parseMarkdownChunk(
  source: string,
  origin: ChunkOrigin,
  defined: DefinedLabels,
): Root {
  const preamble = preambleOf(defined);
  const root = parseMarkdown(preamble + source);
  if (preamble !== '') {
    root.children = root.children.filter(
      (node) => (node.position?.start.offset ?? 0) >= preamble.length,
    );
  }
  const lineShift = origin.line - 1 - countLineEnds(preamble);
  const offsetShift = origin.offset - preamble.length;
  if (lineShift !== 0 || offsetShift !== 0) {
    for (const child of root.children) shiftPositions(child, lineShift, offsetShift);
  }
  const end = root.position?.end;
  root.position = {
    start: { line: origin.line, column: 1, offset: origin.offset },
    end: end
      ? shiftPoint(end, lineShift, offsetShift)
      : { line: origin.line, column: 1, offset: origin.offset },
  };
  return root;
}

/** Each label on its own, blank-line separated, so no definition reads as another's text. */
function preambleOf({ definitions, footnotes }: DefinedLabels): string {
  const lines = [
    ...definitions.map((identifier) => `[${identifier}]: x`),
    ...footnotes.map((identifier) => `[^${identifier}]: x`),
  ];
  return lines.map((line) => `${line}\n\n`).join('');
}

function countLineEnds(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

function shiftPositions(node: Nodes, lineShift: number, offsetShift: number): void {
  if (node.position) node.position = shiftPosition(node.position, lineShift, offsetShift);
  if ('children' in node) {
    for (const child of node.children) shiftPositions(child, lineShift, offsetShift);
  }
}

function shiftPosition(position: Position, lineShift: number, offsetShift: number): Position {
  return {
    start: shiftPoint(position.start, lineShift, offsetShift),
    end: shiftPoint(position.end, lineShift, offsetShift),
  };
}

function shiftPoint(point: Point, lineShift: number, offsetShift: number): Point {
  const shifted: Point = { line: point.line + lineShift, column: point.column };
  if (point.offset !== undefined) shifted.offset = point.offset + offsetShift;
  return shifted;
}
