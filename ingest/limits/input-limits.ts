import { NotThisFormatError } from '../types';

/** The bounds one input file must keep; the README's "Limits and guarantees" lists them. */
export interface InputLimits {
  /** Bytes of the whole file. */
  maxBytes: number;
  /** Characters of one line. */
  maxLineChars: number;
  /** Nesting depth: list/quote levels in markdown, braces in BibTeX, elements in XML, JSON brackets. */
  maxDepth: number;
  /** Entries: list items in markdown, `@` entries in BibTeX, `<entry>` in Atom, lines in JSONL. */
  maxEntries: number;
}

/**
 * Per format, sized for the 100k-paper corpora we promise to ingest (a generated 100k list is
 * 30 MB), far above any real input seen (a 210 KB list, a 390 KB JSONL); line length and nesting,
 * which make the parsers slow, stay tight.
 */
export const INPUT_LIMITS = {
  awesome: { maxBytes: 40_000_000, maxLineChars: 20_000, maxDepth: 32, maxEntries: 120_000 },
  bibtex: { maxBytes: 100_000_000, maxLineChars: 20_000, maxDepth: 32, maxEntries: 120_000 },
  jsonl: { maxBytes: 100_000_000, maxLineChars: 1_000_000, maxDepth: 32, maxEntries: 200_000 },
  arxiv: { maxBytes: 20_000_000, maxLineChars: 1_000_000, maxDepth: 32, maxEntries: 50_000 },
} satisfies Record<string, InputLimits>;

export type LimitedFormat = keyof typeof INPUT_LIMITS;

/** The file is too big, too long-lined or too deep to parse within bounded time and memory. */
export class InputLimitError extends NotThisFormatError {
  constructor(file: string, message: string, line?: number) {
    super(file, message, line);
    this.name = 'InputLimitError';
  }
}

/**
 * Checks a file's text against its format's bounds before any parser sees it, so a hostile file
 * is refused in linear time with a message naming the file, the line and the limit.
 */
export function checkInputLimits(text: string, file: string, format: LimitedFormat): void {
  const limits: InputLimits = INPUT_LIMITS[format];
  const bytes = Buffer.byteLength(text);
  if (bytes > limits.maxBytes) {
    throw new InputLimitError(
      file,
      `the file has ${bytes} bytes, above the limit of ${limits.maxBytes}`,
    );
  }
  checkLines(text, file, limits);
  const depth = DEPTH_CHECKS[format](text);
  if (depth && depth.depth > limits.maxDepth) {
    throw new InputLimitError(
      file,
      `nesting ${depth.depth} levels deep, above the limit of ${limits.maxDepth}`,
      depth.line,
    );
  }
  const entries = ENTRY_COUNTS[format](text);
  if (entries > limits.maxEntries) {
    throw new InputLimitError(file, `${entries} entries, above the limit of ${limits.maxEntries}`);
  }
  if (format === 'arxiv') refuseXmlDeclarations(text, file);
}

function checkLines(text: string, file: string, limits: InputLimits): void {
  let start = 0;
  for (let line = 1; start <= text.length; line += 1) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > limits.maxLineChars) {
      throw new InputLimitError(
        file,
        `a line of ${stop - start} characters, above the limit of ${limits.maxLineChars}`,
        line,
      );
    }
    if (end === -1) break;
    start = end + 1;
  }
}

interface Depth {
  depth: number;
  line: number;
}

const DEPTH_CHECKS: Record<LimitedFormat, (text: string) => Depth | undefined> = {
  awesome: markdownDepth,
  bibtex: (text) => bracketDepth(text, '{', '}'),
  jsonl: jsonDepth,
  arxiv: xmlDepth,
};

/**
 * Deepest nesting on a line: block-quote markers and list markers (`- - - x` nests three lists)
 * count a level each, indentation a level per two spaces or a tab.
 */
function markdownDepth(text: string): Depth | undefined {
  let deepest: Depth | undefined;
  text.split('\n').forEach((line, index) => {
    const prefix = /^(?:[ \t>]|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))*/.exec(line)![0];
    const markers = prefix.match(/>|[-+*]|\d{1,9}[.)]/g)?.length ?? 0;
    const indent =
      (prefix.match(/ /g)?.length ?? 0) - markers + 2 * (prefix.match(/\t/g)?.length ?? 0);
    const depth = markers + Math.max(0, Math.floor(indent / 2));
    if (!deepest || depth > deepest.depth) deepest = { depth, line: index + 1 };
  });
  return deepest;
}

function bracketDepth(text: string, open: string, close: string): Depth | undefined {
  let depth = 0;
  let line = 1;
  let deepest: Depth | undefined;
  for (const char of text) {
    if (char === '\n') line += 1;
    else if (char === open) {
      depth += 1;
      if (!deepest || depth > deepest.depth) deepest = { depth, line };
    } else if (char === close && depth > 0) depth -= 1;
  }
  return deepest;
}

/** Bracket depth outside strings, per line (each JSONL line is its own document). */
function jsonDepth(text: string): Depth | undefined {
  let deepest: Depth | undefined;
  text.split('\n').forEach((lineText, index) => {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < lineText.length; i += 1) {
      const char = lineText[i];
      if (inString) {
        if (char === '\\') i += 1;
        else if (char === '"') inString = false;
      } else if (char === '"') inString = true;
      else if (char === '[' || char === '{') {
        depth += 1;
        if (!deepest || depth > deepest.depth) deepest = { depth, line: index + 1 };
      } else if (char === ']' || char === '}') depth -= 1;
    }
  });
  return deepest;
}

/** Element depth from start and end tags (comments, CDATA and declarations ignored). */
function xmlDepth(text: string): Depth | undefined {
  let depth = 0;
  let deepest: Depth | undefined;
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>|\n/g;
  let line = 1;
  for (let match = tag.exec(text); match; match = tag.exec(text)) {
    if (match[0] === '\n') {
      line += 1;
      continue;
    }
    if (match[1]) depth -= 1;
    else if (!match[3]) {
      depth += 1;
      if (!deepest || depth > deepest.depth) deepest = { depth, line };
    }
  }
  return deepest;
}

const ENTRY_COUNTS: Record<LimitedFormat, (text: string) => number> = {
  awesome: (text) => count(text, /^[\s>]*([-+*]|\d+[.)])\s|^\|/gm),
  bibtex: (text) => count(text, /^\s*@/gm),
  jsonl: (text) => count(text, /^\s*\S/gm),
  arxiv: (text) => count(text, /<entry[\s>]/g),
};

function count(text: string, pattern: RegExp): number {
  let n = 0;
  while (pattern.exec(text)) n += 1;
  return n;
}

/**
 * A DOCTYPE can declare entities that expand exponentially ("billion laughs") or fetch files and
 * URLs (XXE). arXiv's API never sends one, so any is refused before the XML parser runs.
 */
function refuseXmlDeclarations(text: string, file: string): void {
  const match = /<!DOCTYPE|<!ENTITY/i.exec(text);
  if (!match) return;
  const line = text.slice(0, match.index).split('\n').length;
  throw new InputLimitError(
    file,
    'DOCTYPE and ENTITY declarations are refused (entity expansion and external entities are never processed)',
    line,
  );
}
