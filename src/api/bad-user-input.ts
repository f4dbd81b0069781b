import { createGraphQLError } from 'graphql-yoga';
import { capitalize } from '../model/capitalize';
import type { InvalidInput } from '../model/selection/paper-selection';

/** An invalid argument (selection, filter, export option) as the BAD_USER_INPUT error clients expect. */
export function toBadUserInput(failure: InvalidInput) {
  return createGraphQLError(`${capitalize(failure.message)}.`.replace(/\.\.$/, '.'), {
    extensions: { code: 'BAD_USER_INPUT', field: failure.field },
  });
}
