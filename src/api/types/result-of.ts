import type { DuplicateNameError, InvalidInputError, NotFoundError } from './errors';

type ErrorClass = typeof NotFoundError | typeof DuplicateNameError | typeof InvalidInputError;

/** The result union of a mutation: the changed object, or one of the listed errors. */
export function resultOf(name: string, types: ErrorClass[]) {
  const kinds = types.map((type) => type.name).join(', ');
  return {
    types,
    directResult: true as const,
    union: {
      name,
      description: `The result: the changed object, or why nothing changed (${kinds}).`,
    },
  };
}
