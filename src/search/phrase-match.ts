import type { SearchDocument, SearchField } from './search-documents';
import { findWords, toSearchTerm } from './search-terms';

const PHRASE_FIELDS: SearchField[] = [
  'title',
  'abstract',
  'authors',
  'venue',
  'sections',
  'concepts',
];

/** The search terms of `text`, in order. */
export function termSequence(text: string): string[] {
  return findWords(text).map((word) => toSearchTerm(word.text));
}

function containsRun(sequence: readonly string[], phrase: readonly string[]): boolean {
  for (let at = 0; at + phrase.length <= sequence.length; at++) {
    if (phrase.every((term, i) => sequence[at + i] === term)) return true;
  }
  return false;
}

/** True when the phrase's terms occur next to each other, in order, in the field (or any). */
export function hasPhrase(
  document: SearchDocument,
  phrase: readonly string[],
  field?: SearchField,
): boolean {
  const fields = field ? [field] : PHRASE_FIELDS;
  return fields.some((name) =>
    document[name].split('; ').some((part) => containsRun(termSequence(part), phrase)),
  );
}
