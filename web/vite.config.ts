import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The browser UI: built into dist/web, which the server serves at `/` (src/server/web-ui-routes.ts).
// Preact's JSX is compiled by Vite's own Oxc transform, so no Babel preset is needed.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
