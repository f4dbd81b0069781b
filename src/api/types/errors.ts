import { builder } from '../builder';

/** Something the mutation names does not exist (a collection, or papers). */
export class NotFoundError extends Error {
  constructor(
    message: string,
    readonly missing: string[] = [],
  ) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** A name is already taken (collection names are unique ignoring case). */
export class DuplicateNameError extends Error {
  constructor(
    message: string,
    readonly takenBy: string,
  ) {
    super(message);
    this.name = 'DuplicateNameError';
  }
}

/** The input is well-typed but not acceptable (an empty name, a position out of range …). */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description:
    'An expected failure of a mutation, returned as a result (nothing was changed); query `message` on any of them.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, for a person to read.' }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'Something the input names does not exist: the collection, or some papers.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({
    missing: t.exposeStringList('missing', {
      description: 'The ids or arXiv ids, as given, that matched nothing (empty for a collection).',
    }),
  }),
});

builder.objectType(DuplicateNameError, {
  name: 'DuplicateNameError',
  description: 'The name is taken by another collection (names are compared ignoring case).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof DuplicateNameError,
  fields: (t) => ({
    takenBy: t.exposeString('takenBy', {
      description: 'The name of the collection that already has it, as spelled there.',
    }),
  }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'The input is not acceptable, e.g. an empty name or a position out of range.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidInputError,
  fields: (t) => ({
    field: t.exposeString('field', {
      nullable: true,
      description: 'The input field at fault, when one is (e.g. `name`, `position`).',
    }),
  }),
});
