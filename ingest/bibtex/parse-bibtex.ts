import type { PaperRecord } from '../../src/model/paper/paper-record';
import { NotThisFormatError } from '../types';
import type { Finding, ParseResult } from '../types';
import { bibtexEntryToRecord } from './bibtex-entry-to-record';
import { decodeAuthorFields } from './decode-authors';
import type { DecodedAuthors } from './decode-authors';
import { findDuplicateKeys } from './find-duplicate-keys';
import { createLineIndex, locateBibtexEntries } from './locate-bibtex-entries';
import type { LocatedBibtex, LocatedEntry } from './locate-bibtex-entries';
import { readBibtexLibrary } from './read-bibtex-library';
import { readCommentArxivId } from './read-comment-arxiv-id';

const ENTRY_START = /@[a-z]+\s*[{(]/i;
/** Zero-width characters that editors and emoji pickers leave behind, e.g. U+FE0F after `2022`. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]|\p{Variation_Selector}/gu;
const ENTRY_KEY = /(@[a-z]+\s*[{(]\s*)([^,\s=]+)/gi;

/**
 * Reads BibTeX text into paper records, one per entry, LaTeX decoded to Unicode. Entries the
 * BibTeX library cannot read are skipped with their line and the library's reason. A `%` comment
 * right above an entry that names an arXiv id (`% source: …; arxiv: ID`) becomes the record's
 * `commentArxivId`: a hint for matching, not the entry's id (a README may cite a predecessor
 * under its listed paper's comment).
 */
export function parseBibtex(text: string, file: string): ParseResult<PaperRecord> {
  if (!ENTRY_START.test(text)) throw new NotThisFormatError(file, 'no @type{…} entry: not BibTeX');
  const keys = removeInvisibleKeyCharacters(text, file);
  const library = readBibtexLibrary(keys.text);
  const located = locateBibtexEntries(keys.text, library);
  const result: ParseResult<PaperRecord> = { records: [], skipped: [], warnings: keys.warnings };
  const authors = decodeAuthors(located.entries);
  const lines = keys.text.split(/\r?\n/);
  located.entries.forEach((entry, index) => {
    addEntry(result, entry, file, authors[index], readCommentArxivId(lines, entry.line));
    const commands = library.unknownCommands.get(entry.entry) ?? [];
    if (commands.length > 0) result.warnings.push(unknownCommandWarning(entry, file, commands));
  });
  result.skipped.push(...located.failures.map((failure) => malformed(failure, file)));
  result.warnings.push(...fileWarnings(located, file), ...findDuplicateKeys(located.entries, file));
  return result;
}

function addEntry(
  result: ParseResult<PaperRecord>,
  { entry, line }: LocatedEntry,
  file: string,
  authors: DecodedAuthors | undefined,
  commentId: string | undefined,
): void {
  const where = `${file}:${line}`;
  const conversion = bibtexEntryToRecord(entry, { file, line }, authors);
  if (!conversion.ok && !commentId) {
    result.skipped.push({ where, code: 'no-identifying-fields', reason: conversion.reason });
    return;
  }
  const record: PaperRecord = conversion.ok
    ? conversion.record
    : { format: 'bibtex', source: { file, line }, citationKey: entry.key };
  result.records.push(commentId ? { ...record, commentArxivId: commentId } : record);
  if (conversion.ok)
    result.warnings.push(...conversion.problems.map((problem) => ({ where, ...problem })));
}

function decodeAuthors(entries: LocatedEntry[]): (DecodedAuthors | undefined)[] {
  const raw = entries.map(({ entry }) => entry.fields.author as unknown);
  const present = raw.flatMap((value) =>
    typeof value === 'string' && value.trim() ? [value] : [],
  );
  const decoded = decodeAuthorFields(present);
  let next = 0;
  return raw.map((value) =>
    typeof value === 'string' && value.trim() ? decoded[next++] : undefined,
  );
}

function removeInvisibleKeyCharacters(text: string, file: string) {
  const lineAt = createLineIndex(text);
  const warnings: Finding[] = [];
  const cleaned = text.replace(ENTRY_KEY, (match, head: string, key: string, offset: number) => {
    const visible = key.replace(INVISIBLE, '');
    if (visible === key) return match;
    const reason = `citation key "${visible}" contains invisible characters, which were removed`;
    warnings.push({
      where: `${file}:${lineAt(offset)}`,
      code: 'invisible-character-in-key',
      reason,
    });
    return head + visible;
  });
  return { text: cleaned, warnings };
}

function unknownCommandWarning({ line }: LocatedEntry, file: string, commands: string[]): Finding {
  const reason = `unknown LaTeX commands kept as written: ${[...new Set(commands)].join(', ')}`;
  return { where: `${file}:${line}`, code: 'unknown-latex-command', reason };
}

function malformed(failure: LocatedBibtex['failures'][number], file: string): Finding {
  return { where: `${file}:${failure.line}`, code: 'malformed-entry', reason: failure.text };
}

function fileWarnings(located: LocatedBibtex, file: string): Finding[] {
  const notices = located.notices.map((reason) => ({ where: file, code: 'bibtex-notice', reason }));
  const stray = located.strayText.map(({ line, text }) => ({
    where: `${file}:${line}`,
    code: 'text-outside-entries',
    reason: `ignored text outside any entry: ${JSON.stringify(text.slice(0, 60))}`,
  }));
  return [...notices, ...stray];
}
