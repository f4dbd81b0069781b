import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { recordOf } from './request-record';

/**
 * Logs every unexpected error of an operation (one that is not a deliberate GraphQLError) with the
 * request's id, before Yoga masks it for the client.
 */
export function useErrorLog(logError: (error: unknown, requestId?: string) => void): Plugin {
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      return {
        onExecuteDone({ result }) {
          if (!('errors' in result) || !result.errors) return;
          for (const error of result.errors) {
            const original = error.originalError;
            if (!original || original instanceof GraphQLError) continue;
            logError(original, request ? recordOf(request).id : undefined);
          }
        },
      };
    },
  };
}
