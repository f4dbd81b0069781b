#!/usr/bin/env node
// Second half of `npm run build:server`: tsc emits dist/ with the sources' extensionless relative
// imports ('./io'), which Node's ESM loader refuses; this adds the '.js' (or '/index.js') each one
// resolves to, and copies the non-TypeScript files the code reads next to itself (CSL styles).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const SOURCE_DIRS = ['src', 'ingest'];
const ASSET = /\.(csl|json|yaml|sql)$/;
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\2/g;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

function withExtension(file, specifier) {
  if (/\.(m?js|json|cjs)$/.test(specifier)) return specifier;
  const target = resolve(dirname(file), specifier);
  if (existsSync(`${target}.js`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.js'))) return `${specifier}/index.js`;
  throw new Error(`${relative(root, file)}: cannot resolve import '${specifier}'`);
}

let rewritten = 0;
for (const file of walk(dist)) {
  if (!file.endsWith('.js')) continue;
  const text = readFileSync(file, 'utf8');
  const next = text.replace(SPECIFIER, (_, head, quote, spec) => {
    return `${head}${quote}${withExtension(file, spec)}${quote}`;
  });
  if (next !== text) {
    writeFileSync(file, next);
    rewritten++;
  }
}

let copied = 0;
for (const dir of SOURCE_DIRS) {
  for (const file of walk(join(root, dir))) {
    if (!ASSET.test(file)) continue;
    const target = join(dist, relative(root, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
    copied++;
  }
}
console.log(`dist/: import extensions added in ${rewritten} files, ${copied} assets copied`);
