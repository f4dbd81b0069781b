import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import { parseCorpus } from '../../ingest/corpus/parse-corpus';
import type { Finding } from '../../ingest/types';
import type { SurveyList } from '../model/survey-list';
import type { InputFormat } from './detect-format';
import { detectFormat } from './detect-format';
import { defaultListName } from './list-name';
import { readInputFile } from './read-input';

/** A list version read from disk and parsed, ready for the pipeline; nothing written yet. */
export interface ParsedListInput {
  path: string;
  format: InputFormat;
  listName: string;
  list: SurveyList;
  sectionPillars?: Map<string, string> | undefined;
  skipped: Finding[];
  warnings: Finding[];
}

/** Reads and parses one input; every error names the file (and line where it applies). */
export function parseListInput(path: string, options: { format?: string | undefined; listName?: string | undefined }): ParsedListInput {
  const format = detectFormat(path, options.format);
  if (format === 'corpus') return parseCorpusFolder(path, options.listName);
  if (format !== 'awesome') throw new Error(`${format} inputs are not lists`);
  const parsed = parseAwesomeList(readInputFile(path), basename(path));
  return {
    path,
    format,
    listName: options.listName ?? defaultListName(path),
    list: { title: parsed.title, sections: parsed.sections, entries: parsed.records },
    skipped: parsed.skipped,
    warnings: parsed.warnings,
  };
}

function parseCorpusFolder(dir: string, listName: string | undefined): ParsedListInput {
  const files = new Map(
    readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const),
  );
  const corpus = parseCorpus(files, dir);
  return {
    path: dir,
    format: 'corpus',
    listName: listName ?? corpus.manifest.name,
    list: corpus.list,
    sectionPillars: corpus.sectionPillars,
    skipped: corpus.skipped,
    warnings: corpus.warnings,
  };
}
