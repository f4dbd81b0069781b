import { readFileSync, statSync } from 'node:fs';
import { decodeText } from '../../ingest/text/decode-text';
import { UsageError } from './io';

/** Reads a user-named file as trusted text, or fails with a message naming the file. */
export function readInputFile(path: string): string {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError(`${path}: no such file`);
  }
  if (!isFile) throw new UsageError(`${path}: not a regular file`);
  return decodeText(readFileSync(path), path);
}
