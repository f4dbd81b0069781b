/**
 * Every limit the server enforces, with its default. The CLI (`serve --max-…` flags and
 * `SURVEYGRAPH_MAX_…` variables) can change each one; the README's "Limits and guarantees" lists them.
 */
export interface ServerLimits {
  /** Deepest field nesting in one operation. */
  maxDepth: number;
  /** Estimated cost of one operation: every connection multiplies its selection by `first`. */
  maxCost: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Operations in one batched (array) request; 1 turns batching off. */
  maxBatch: number;
  /** Ids in one `nodes(ids:)` call. */
  maxNodeIds: number;
  /** Bytes of one request body. */
  maxBodyBytes: number;
  /** Milliseconds of resolver work one request may use before the rest of it is cut short. */
  timeBudgetMs: number;
  /** Milliseconds before the HTTP server drops a request that has not been answered. */
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxDepth: 10,
  maxCost: 50_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxBatch: 5,
  maxNodeIds: 100,
  maxBodyBytes: 100_000,
  timeBudgetMs: 5_000,
  requestTimeoutMs: 30_000,
};

/** What the server exposes beyond the API itself; production turns the extras off. */
export interface ServerSwitches {
  /** Serve GraphiQL to browsers at /graphql. */
  graphiql: boolean;
  /** Answer introspection queries (`__schema`, `__type`). */
  introspection: boolean;
  /** Origins allowed to call the API from a browser; empty means CORS is closed. */
  corsOrigins: string[];
}

export const DEFAULT_SWITCHES: ServerSwitches = {
  graphiql: true,
  introspection: true,
  corsOrigins: [],
};
