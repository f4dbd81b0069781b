/**
 * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (per the Unicode standard: no overlong forms, no surrogates, nothing above U+10FFFF), or
 * undefined when all bytes are well formed. TextDecoder says *that* bytes are bad, not where.
 */
export function findInvalidUtf8(bytes: Uint8Array): number | undefined {
  let offset = 0;
  while (offset < bytes.length) {
    const length = sequenceLength(bytes, offset);
    if (length === 0) return offset;
    offset += length;
  }
  return undefined;
}

/** Length of the well-formed sequence starting at `offset`, or 0 when it is ill-formed. */
function sequenceLength(bytes: Uint8Array, offset: number): number {
  const lead = bytes[offset]!;
  if (lead < 0x80) return 1;
  const [length, secondMin, secondMax] = leadRange(lead);
  if (length === 0) return 0;
  for (let index = 1; index < length; index += 1) {
    const byte = bytes[offset + index];
    if (byte === undefined) return 0;
    const [min, max] = index === 1 ? [secondMin, secondMax] : [0x80, 0xbf];
    if (byte < min || byte > max) return 0;
  }
  return length;
}

/** Table 3-7 of the Unicode standard: sequence length and the allowed range of the second byte. */
function leadRange(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
