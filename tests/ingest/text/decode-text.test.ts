import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../ingest/text/decode-text';
import { findInvalidUtf8 } from '../../../ingest/text/find-invalid-utf8';
import { NotThisFormatError } from '../../../ingest/types';

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? utf8(part) : Buffer.from(part))));

function errorOf(action: () => unknown): NotThisFormatError {
  try {
    action();
  } catch (error) {
    if (error instanceof NotThisFormatError) return error;
    throw error;
  }
  throw new Error('expected a NotThisFormatError');
}

describe('when the bytes are well-formed UTF-8 text', () => {
  it('returns the text unchanged', () => {
    expect(decodeText(utf8('# Liste\n- [Café](https://x.org) 😀\n'), 'list.md')).toBe(
      '# Liste\n- [Café](https://x.org) 😀\n',
    );
  });

  it('returns the text without a byte-order mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '# Title\n'), 'bom.md')).toBe('# Title\n');
  });

  it('returns CRLF and lone CR line endings as LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'), 'crlf.md')).toBe('a\nb\nc\n');
  });
});

describe('when the file is empty', () => {
  it.each([
    ['no bytes', new Uint8Array()],
    ['only whitespace', utf8('  \n\t\r\n')],
  ])('throws naming the file for %s', (_, input) => {
    const error = errorOf(() => decodeText(input, 'empty.md'));
    expect(error.message).toMatch(/^empty\.md: /);
    expect(error.file).toBe('empty.md');
  });
});

describe('when the bytes hold a NUL byte', () => {
  it('throws "binary content" naming the file and the line', () => {
    const error = errorOf(() => decodeText(bytes('one\ntwo\nthr', [0x00], 'ee\n'), 'blob.md'));
    expect(error.message).toBe('blob.md:3: binary content: NUL byte at offset 11');
    expect(error.line).toBe(3);
  });
});

describe('when the bytes are not valid UTF-8', () => {
  it('throws naming the file, the line and the first bad byte', () => {
    const latin1 = bytes('# Title\n\n- caf', [0xe9], '\n');
    const error = errorOf(() => decodeText(latin1, 'latin1.md'));
    expect(error.message).toBe('latin1.md:3: invalid UTF-8: byte 0xe9 at offset 14');
    expect(error.line).toBe(3);
  });

  it('throws for a sequence cut off at the end of the file', () => {
    expect(errorOf(() => decodeText(bytes('ok\n', [0xf0, 0x9f]), 'cut.md')).line).toBe(2);
  });
});

describe('when looking for the first invalid UTF-8 byte', () => {
  it.each([
    ['an overlong slash', [0x41, 0xc0, 0xaf], 1],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a stray continuation byte', [0x61, 0x62, 0x80], 2],
  ])('returns the offset of %s', (_, input, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(input))).toBe(offset);
  });

  it('returns undefined for well-formed text with 2-, 3- and 4-byte sequences', () => {
    expect(findInvalidUtf8(utf8('é — 😀'))).toBeUndefined();
  });
});
