import { encodeGlobalID } from '@pothos/plugin-relay';
import { capitalize } from '../../model/capitalize';
import type { CollectionFailure } from '../../model/curation/collection';
import type { PaperRef } from '../../model/selection/paper-selection';
import { DuplicateNameError, InvalidInputError, NotFoundError } from './errors';

/** Returns a successful store result; throws a failure as the typed error the mutation lists. */
export function unwrap<T extends { ok: true }>(result: T | CollectionFailure): T {
  if (result.ok) return result;
  throw toTypedError(result);
}

function toTypedError(failure: CollectionFailure): Error {
  switch (failure.reason) {
    case 'collection_not_found':
      return new NotFoundError('No collection has this id (was it deleted?).');
    case 'duplicate_name':
      return new DuplicateNameError(
        `A collection named "${failure.name}" already exists (names are compared ignoring case).`,
        failure.name,
      );
    case 'invalid_input':
      return new InvalidInputError(capitalize(failure.message), failure.field);
    case 'unknown_papers': {
      const missing = failure.missing.map(describeRef);
      return new NotFoundError(`No paper in the graph matches: ${missing.join(', ')}.`, missing);
    }
    case 'not_in_collection': {
      const missing = failure.missing.map(describeRef);
      return new NotFoundError(`Not in this collection: ${missing.join(', ')}.`, missing);
    }
  }
}

/** A paper as the client named it: global id or arXiv id. */
function describeRef(ref: PaperRef): string {
  if ('paperId' in ref) return encodeGlobalID('Paper', ref.paperId);
  return 'arxivId' in ref ? ref.arxivId : ref.key;
}
