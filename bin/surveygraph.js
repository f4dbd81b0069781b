#!/usr/bin/env node
// The package's bin. Runs the bundled CLI in dist/cli (built on install by `npm run build`); in a
// checkout without dist/ it falls back to running the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const compiled = new URL('../dist/cli/main.js', import.meta.url);
let cli;
if (existsSync(compiled)) {
  cli = await import(compiled.href);
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    console.error(
      'surveygraph: dist/ is missing and tsx is not installed; run `npm run build` first',
    );
    process.exit(70);
  }
  register();
  cli = await import('../src/cli/main.ts');
}
cli.exitQuietlyOnClosedPipe();
process.exitCode = await cli.runCli(process.argv.slice(2));
