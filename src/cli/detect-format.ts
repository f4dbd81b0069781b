import { existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { CORPUS_FILES } from '../../ingest/corpus/corpus-format';
import { CITATION_FORMATS } from './citation-inputs';
import { UsageError } from './io';

export const INPUT_FORMATS = [
  'awesome',
  'corpus',
  'bibtex',
  'jsonl',
  'arxiv',
  ...CITATION_FORMATS,
] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

const BY_EXTENSION: Record<string, InputFormat> = {
  '.md': 'awesome',
  '.markdown': 'awesome',
  '.bib': 'bibtex',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'arxiv',
  '.atom': 'arxiv',
};

/** The format of an input, from `--format`, else a corpus folder, else the file extension. */
export function detectFormat(path: string, requested: string | undefined): InputFormat {
  if (requested) {
    if (!(INPUT_FORMATS as readonly string[]).includes(requested)) {
      throw new UsageError(`unknown format "${requested}"; use one of ${INPUT_FORMATS.join(', ')}`);
    }
    return requested as InputFormat;
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (existsSync(join(path, CORPUS_FILES.manifest))) return 'corpus';
    throw new UsageError(`${path}: a folder, but not a corpus (no ${CORPUS_FILES.manifest})`);
  }
  const format = BY_EXTENSION[extname(path).toLowerCase()];
  if (!format) {
    throw new UsageError(
      `${path}: cannot tell the format from the extension; pass --format (${INPUT_FORMATS.join(', ')})`,
    );
  }
  return format;
}
