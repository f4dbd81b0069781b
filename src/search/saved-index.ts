import MiniSearch from 'minisearch';
import type { AsPlainObject, Options } from 'minisearch';

type SavedTerms = AsPlainObject['index'];

/** Characters of JSON after which a saved part ends (at the end of a term). */
const PART_LENGTH = 64_000;

/**
 * A minisearch index that serialises itself a part at a time, in toJSON()'s format cut up, so that
 * `loadSavedIndex` reads it back through minisearch's own loader. toJSON() builds the whole index
 * as one object tree and `JSON.stringify` then one string (0.9 GB at 100k papers, at the end of
 * an ingest); even a part's tree of objects outlives the young generation and piles up as
 * garbage, so each term is written as JSON text directly.
 */
export class SavableMiniSearch<T> extends MiniSearch<T> {
  /** toJSON() without the terms. */
  headJson(): string {
    const head: Omit<AsPlainObject, 'index'> = {
      documentCount: this._documentCount,
      nextId: this._nextId,
      documentIds: Object.fromEntries(this._documentIds),
      fieldIds: this._fieldIds,
      fieldLength: Object.fromEntries(this._fieldLength),
      averageFieldLength: this._avgFieldLength,
      storedFields: Object.fromEntries(this._storedFields),
      dirtCount: this._dirtCount,
      serializationVersion: 2,
    };
    return JSON.stringify(head);
  }

  /** toJSON()'s `index` as JSON arrays of whole terms, each written only when asked for. */
  *termParts(partLength = PART_LENGTH): Generator<string> {
    let part: string[] = [];
    let length = 0;
    for (const [term, fieldIndex] of this._index) {
      const json = termJson(term, fieldIndex);
      part.push(json);
      length += json.length;
      if (length >= partLength) {
        yield `[${part.join(',')}]`;
        part = [];
        length = 0;
      }
    }
    if (part.length > 0) yield `[${part.join(',')}]`;
  }
}

/** The index a SavableMiniSearch saved; `options` must be those it was built with. */
export function loadSavedIndex<T>(
  saved: { head: string; parts: Iterable<string> },
  options: Options<T>,
): MiniSearch<T> {
  const head = JSON.parse(saved.head) as Omit<AsPlainObject, 'index'>;
  // loadJS only iterates `index`: handed a generator, it holds one parsed part at a time instead
  // of every term's object tree at once.
  const index = parsedTerms(saved.parts) as unknown as SavedTerms;
  return MiniSearch.loadJS({ ...head, index }, options);
}

function* parsedTerms(parts: Iterable<string>): Generator<SavedTerms[number]> {
  for (const part of parts) yield* JSON.parse(part) as SavedTerms;
}

/** `JSON.stringify([term, {fieldId: {documentId: frequency}}])` without building the objects. */
function termJson(term: string, fieldIndex: Map<number, Map<number, number>>): string {
  const fields: string[] = [];
  for (const [fieldId, frequencies] of fieldIndex) {
    const entries: string[] = [];
    for (const [documentId, frequency] of frequencies) entries.push(`"${documentId}":${frequency}`);
    fields.push(`"${fieldId}":{${entries.join(',')}}`);
  }
  return `[${JSON.stringify(term)},{${fields.join(',')}}]`;
}
