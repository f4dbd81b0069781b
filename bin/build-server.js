#!/usr/bin/env node
// `npm run build:server`: bundles the CLI (and the server it starts) into dist/cli with esbuild.
// One file per command plus shared chunks, instead of ~1 700 modules resolved and read one by
// one at every start (most of what a command's start-up cost; see README "How commands start").
// better-sqlite3 stays outside (a native module), as does GraphiQL's 9 MB bundle (read only when
// the page is asked for). dist/cli sits two folders below the checkout, like src/cli, so the
// code finds db/ the same way from either.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/**
 * graphql-jit imports fast-json-stringify (with ajv: 0.9 MB bundled, ~80 ms of the server's
 * start) for its `customJSONSerializer` option, which we leave off (src/server/jit.ts); the bundle
 * gets a stand-in that says so if it is ever called.
 */
const withoutUnusedJsonSerializer = {
  name: 'without-unused-json-serializer',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^fast-json-stringify$/ }, () => ({
      path: 'fast-json-stringify',
      namespace: 'stand-in',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({
      contents:
        "export default function fastJson() { throw new Error('fast-json-stringify is not bundled: graphql-jit runs with customJSONSerializer off'); }",
      loader: 'js',
    }));
  },
};
const outdir = join(root, 'dist/cli');

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: [join(root, 'src/cli/main.ts')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3', '@graphql-yoga/render-graphiql'],
  // CommonJS packages inside an ESM bundle still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  // graphql-js checks every instanceof twice outside production (5% of a page's CPU); the
  // bundle is what users run.
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [withoutUnusedJsonSerializer],
  metafile: true,
  logLevel: 'warning',
});
// Which packages went into which file: the test of what each command loads reads it.
writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
const files = Object.keys(result.metafile.outputs).length;
console.log(`dist/cli: ${files} files bundled from src/cli/main.ts`);
