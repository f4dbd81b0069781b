// Lint rules that keep the architecture honest (see README, "Layout"): what may import what.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const zones = [
  // model is pure domain logic: it imports nothing of ours but ingest/types.
  {
    target: './src/model',
    from: [
      './src/store',
      './src/search',
      './src/api',
      './src/server',
      './src/export',
      './src/cli',
      './ingest/awesome-list',
      './ingest/bibtex',
      './ingest/jsonl',
      './ingest/arxiv',
      './ingest/corpus',
      './ingest/pipeline',
    ],
  },
  // store holds all SQL; it knows the model and nothing above it.
  {
    target: './src/store',
    from: ['./src/search', './src/api', './src/server', './src/export', './src/cli', './ingest'],
    except: ['./types.ts'],
  },
  {
    target: './src/search',
    from: ['./src/api', './src/server', './src/export', './src/cli', './ingest'],
    except: ['./types.ts'],
  },
  // parsers are pure: no database, no API.
  {
    target: './ingest/awesome-list',
    from: [
      './src/store',
      './src/search',
      './src/api',
      './src/server',
      './src/cli',
      './ingest/pipeline',
    ],
  },
  {
    target: './ingest/bibtex',
    from: [
      './src/store',
      './src/search',
      './src/api',
      './src/server',
      './src/cli',
      './ingest/pipeline',
    ],
  },
  {
    target: './ingest/jsonl',
    from: [
      './src/store',
      './src/search',
      './src/api',
      './src/server',
      './src/cli',
      './ingest/pipeline',
    ],
  },
  {
    target: './ingest/arxiv',
    from: [
      './src/store',
      './src/search',
      './src/api',
      './src/server',
      './src/cli',
      './ingest/pipeline',
    ],
  },
  {
    target: './ingest/corpus',
    from: [
      './src/store',
      './src/search',
      './src/api',
      './src/server',
      './src/cli',
      './ingest/pipeline',
    ],
  },
  // GraphQL code reads through the context; it never touches SQL or the ingest.
  { target: './src/api', from: ['./src/server', './src/cli', './ingest'] },
  {
    target: './src/export',
    from: ['./src/api', './src/server', './src/cli', './ingest', './src/store'],
  },
  { target: './src/server', from: ['./src/cli', './ingest'] },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', '**/fixtures/**'] },
  js.configs.recommended,
  {
    files: ['bin/**/*.js', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/model/**/*.ts', 'ingest/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'better-sqlite3', message: 'SQL lives in src/store only.' }] },
      ],
    },
  },
);
