import { readFileSync, statSync } from 'node:fs';
import { decodeText, decodeTextWithLegacyFallback } from '../../ingest/text/decode-text';
import type { Finding } from '../../ingest/types';
import { UsageError } from './io';

/** Reads a user-named file as trusted text, or fails with a message naming the file. */
export function readInputFile(path: string): string {
  return decodeText(readInputBytes(path), path);
}

/** Reads a file that may be in a legacy 8-bit encoding (BibTeX): UTF-8, else Windows-1252 with a warning. */
export function readLegacyInputFile(path: string): { text: string; warnings: Finding[] } {
  return decodeTextWithLegacyFallback(readInputBytes(path), path);
}

function readInputBytes(path: string): Uint8Array {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError(`${path}: no such file`);
  }
  if (!isFile) throw new UsageError(`${path}: not a regular file`);
  return readFileSync(path);
}
