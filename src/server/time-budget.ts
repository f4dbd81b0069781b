import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../api/context';
import { createGraphQLError } from 'graphql-yoga';
import { recordOf } from './request-record';

/**
 * Gives every operation a time budget: once it is spent, the executor stops resolving fields and
 * the client gets a TIME_BUDGET_EXCEEDED error. A client that disconnects stops its operation the
 * same way. Resolvers are synchronous SQLite calls, so the check runs between fields, not inside a
 * running statement: graphql-js asks the signal before each field; the compiled executor
 * (graphql-jit, ./jit.ts) ignores it, so the signal is in the context too, where every resolver
 * asks it first (api/stop-when-aborted.ts), and an operation stopped there ends as graphql-js
 * ends it: with the abort's reason instead of a result.
 */
export function useTimeBudget(budgetMs: number): Plugin<ApiContext> {
  return {
    onExecute({ args, executeFn, setExecuteFn, extendContext }) {
      const request = (args.contextValue as { request?: Request }).request;
      const signal = deadlineSignal(budgetMs, request?.signal, () => {
        if (request) recordOf(request).refusal = 'TIME_BUDGET';
      });
      (args as { signal?: AbortSignal }).signal = signal;
      extendContext({ signal });
      setExecuteFn(async (executeArgs) => {
        const result = await executeFn(executeArgs);
        if (signal.aborted) throw signal.reason;
        return result;
      });
    },
  };
}

function deadlineSignal(
  budgetMs: number,
  parent: AbortSignal | undefined,
  onExpired: () => void,
): AbortSignal {
  const controller = new AbortController();
  const deadline = performance.now() + budgetMs;
  // Not AbortSignal.any: on Node 20 the signals it combines are retained (memory grows under load).
  parent?.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
  const signal = controller.signal;
  const expire = () => {
    if (signal.aborted || performance.now() < deadline) return;
    onExpired();
    controller.abort(
      createGraphQLError(
        `This operation used its ${budgetMs} ms time budget and was stopped; ask for less at once.`,
        { extensions: { code: 'TIME_BUDGET_EXCEEDED', timeBudgetMs: budgetMs } },
      ),
    );
  };
  // A timer alone would not fire while resolvers keep the event loop busy, so the executor's own
  // per-field check looks at the clock too.
  const throwIfAborted = signal.throwIfAborted.bind(signal);
  Object.defineProperty(signal, 'throwIfAborted', {
    value: () => {
      expire();
      throwIfAborted();
    },
  });
  const timer = setTimeout(expire, budgetMs + 1);
  timer.unref();
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return signal;
}
