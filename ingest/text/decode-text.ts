import type { Finding } from '../types';
import { NotThisFormatError } from '../types';
import { findInvalidUtf8 } from './find-invalid-utf8';

const NUL = 0x00;
const LINE_FEED = 0x0a;

/**
 * Turns the bytes of a text file into a string the parsers can trust: UTF-8 only, no byte-order
 * mark, `\n` line endings. A file that is empty, binary or not UTF-8 is not text at all, so it
 * throws `NotThisFormatError` (message `file[:line]: …`) instead of returning something garbled.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new NotThisFormatError(file, 'the file is empty');
  const nul = bytes.indexOf(NUL);
  if (nul >= 0) {
    throw new NotThisFormatError(
      file,
      `binary content: NUL byte at offset ${nul}`,
      lineAtOffset(bytes, nul),
    );
  }
  const text = decodeUtf8(bytes, file).replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new NotThisFormatError(file, 'the file holds only whitespace');
  return text;
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    // ignoreBOM: false (the default) means the decoder drops a leading BOM.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = findInvalidUtf8(bytes) ?? 0;
    const byte = bytes[bad]?.toString(16).padStart(2, '0') ?? '??';
    throw new NotThisFormatError(
      file,
      `invalid UTF-8: byte 0x${byte} at offset ${bad}`,
      lineAtOffset(bytes, bad),
    );
  }
}

/**
 * Like decodeText, but a file that is not UTF-8 is read as Windows-1252 (a superset of Latin-1,
 * what older BibTeX tools and Windows editors write) with a warning naming the first byte that
 * is not UTF-8, instead of being refused. For formats where legacy files are common (BibTeX).
 */
export function decodeTextWithLegacyFallback(
  bytes: Uint8Array,
  file: string,
): { text: string; warnings: Finding[] } {
  try {
    return { text: decodeText(bytes, file), warnings: [] };
  } catch (error) {
    const bad = findInvalidUtf8(bytes);
    // Only text that is not UTF-8 falls back; empty or binary files are refused as they are.
    if (!(error instanceof NotThisFormatError) || bad === undefined || bytes.includes(NUL)) {
      throw error;
    }
    const text = decodeWindows1252(bytes).replace(/\r\n?/g, '\n');
    const byte = bytes[bad]!.toString(16).padStart(2, '0');
    const warning: Finding = {
      where: `${file}:${lineAtOffset(bytes, bad)}`,
      code: 'legacy-encoding',
      reason: `not UTF-8 (byte 0x${byte} at offset ${bad}): read as Windows-1252/Latin-1; save the file as UTF-8 to silence this`,
    };
    return { text, warnings: [warning] };
  }
}

/**
 * Windows-1252 bytes as text. Node's TextDecoder reads this label as ISO-8859-1, which turns
 * 0x80–0x9F (€, curly quotes, dashes, Š, Ž …) into control characters, so those 32 are mapped
 * here as the WHATWG Encoding Standard's index-windows-1252 does.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] ?? c);
}

/** 0x80–0x9F of Windows-1252; the five unassigned bytes keep their C1 code point. */
const CP1252_80_9F = [
  '€',
  '\u0081',
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  '\u008d',
  'Ž',
  '\u008f',
  '\u0090',
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  '\u009d',
  'ž',
  'Ÿ',
];

/** 1-based line of a byte offset: one more than the line feeds before it. */
function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === LINE_FEED) line += 1;
  }
  return line;
}
