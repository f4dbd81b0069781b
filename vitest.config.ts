import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Pothos loads graphql through require(); point ESM imports at the same CommonJS build so the
    // schema and graphql's utilities share one module instance (graphql refuses two).
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
