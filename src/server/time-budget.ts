import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from 'graphql-yoga';
import { recordOf } from './request-record';

/**
 * Gives every operation a time budget: once it is spent, the executor stops resolving fields and
 * the client gets the data so far plus a TIME_BUDGET_EXCEEDED error. A client that disconnects
 * stops its operation the same way. Resolvers are synchronous SQLite calls, so the check runs
 * between fields (the executor asks the signal before each one), not inside a running statement.
 */
export function useTimeBudget(budgetMs: number): Plugin {
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const signal = deadlineSignal(budgetMs, request?.signal, () => {
        if (request) recordOf(request).refusal = 'TIME_BUDGET';
      });
      (args as { signal?: AbortSignal }).signal = signal;
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
