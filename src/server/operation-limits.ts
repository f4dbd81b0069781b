import type { GraphQLSchema } from 'graphql';
import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from 'graphql-yoga';
import { estimateOperationCost } from './operation-cost';
import { recordOf } from './request-record';
import type { ServerLimits } from './server-limits';

/**
 * Refuses an operation whose estimated cost is above the limit before any resolver runs, and
 * notes the operation's name and cost for the access log.
 */
export function useOperationCostLimit(
  schema: GraphQLSchema,
  limits: Pick<ServerLimits, 'maxCost' | 'maxNodeIds'>,
): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      const record = request ? recordOf(request) : undefined;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (record) record.operationName = operation?.name?.value;
      let cost: number;
      try {
        cost = estimateOperationCost(
          schema,
          args.document,
          args.variableValues ?? undefined,
          args.operationName ?? undefined,
          limits,
        );
      } catch (error) {
        // Bad variables are reported by the executor itself; only our own refusals stop here.
        if (error instanceof GraphQLError && error.extensions['code'] === 'BAD_USER_INPUT') {
          if (record) record.refusal = 'NODE_IDS_LIMIT';
          setResultAndStopExecution({ errors: [error] });
        }
        return;
      }
      if (record) record.cost = cost;
      if (cost <= limits.maxCost) return;
      if (record) record.refusal = 'COST_LIMIT';
      setResultAndStopExecution({
        errors: [
          createGraphQLError(
            `This operation would cost about ${cost}, above the limit of ${limits.maxCost}: ` +
              'ask for smaller pages (`first`) or nest fewer connections, and page with `after`.',
            { extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: limits.maxCost } },
          ),
        ],
      });
    },
  };
}
