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

/** 1-based line of a byte offset: one more than the line feeds before it. */
function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === LINE_FEED) line += 1;
  }
  return line;
}
