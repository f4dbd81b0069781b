// Lint rules that keep the architecture honest (see README, "Layout"): what may import what.
// Each layer lists the layers it must not reach, matched on the import path with ESLint's own
// no-restricted-imports (no resolver plugin needed); the server may name store/search types.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const layer = (name) => `(^|/)${name}(/|$)`;
const never = (layers, why, allowTypeImports = false) => ({
  regex: `(${layers.map(layer).join('|')})`,
  message: why,
  allowTypeImports,
});
const noSqlite = {
  name: 'better-sqlite3',
  message: 'SQL lives in src/store only.',
};

const parserRule = never(
  ['store', 'search', 'api', 'server', 'cli', 'pipeline', 'export', 'service'],
  'Parsers are pure: text in, records out; they never reach the database or the API.',
);

/** Citation importers (issue 14): unarXive, Semantic Scholar, OpenAlex, Crossref, GROBID, shared helpers. */
const CITATION_PARSERS = [
  'unarxive',
  'semantic-scholar',
  'openalex',
  'crossref',
  'grobid',
  'citations',
];

/** The format parsers under ingest/: only the pipeline and the CLI may call them. */
/** (`http`: the fetchers' shared handling of failed requests.) */
const PARSERS = ['awesome-list', 'bibtex', 'jsonl', 'arxiv', 'corpus', 'http', ...CITATION_PARSERS];

const boundaries = [
  {
    files: ['src/model/**/*.ts'],
    patterns: [
      never(
        ['store', 'search', 'api', 'server', 'export', 'cli', 'service', 'ingest'],
        'The model is pure domain logic: it imports nothing of ours but other model files.',
      ),
    ],
    paths: [noSqlite],
  },
  {
    files: ['src/store/**/*.ts'],
    patterns: [
      never(
        ['search', 'api', 'server', 'export', 'cli', 'service', 'ingest'],
        'The store holds all SQL; it knows the model and nothing above it.',
      ),
    ],
  },
  {
    files: ['src/search/**/*.ts'],
    patterns: [
      never(
        ['api', 'server', 'export', 'cli', 'service', 'ingest'],
        'Search is derived from the store; it knows nothing above it.',
      ),
    ],
    paths: [noSqlite],
  },
  {
    files: ['ingest/pipeline/**/*.ts'],
    patterns: [
      never(
        ['api', 'server', 'cli', 'service', 'export'],
        'The pipeline merges and writes through the store; it never reaches the edges above it.',
      ),
    ],
    paths: [noSqlite],
  },
  {
    files: ['ingest/*/**/*.ts'],
    ignores: ['ingest/pipeline/**/*.ts'],
    patterns: [parserRule],
    paths: [noSqlite],
  },
  {
    files: ['src/api/**/*.ts'],
    patterns: [
      never(
        ['server', 'cli', 'pipeline', ...PARSERS],
        'GraphQL code reads through the context and the store; it never runs ingests.',
      ),
    ],
    paths: [noSqlite],
  },
  {
    files: ['src/export/**/*.ts'],
    patterns: [
      never(
        ['api', 'server', 'cli', 'store', 'search', 'service', 'pipeline', ...PARSERS],
        'Exporters are pure formatters over model values.',
      ),
    ],
    paths: [noSqlite],
  },
  {
    files: ['src/service/**/*.ts'],
    patterns: [
      never(
        ['api', 'server', 'cli'],
        'Use cases sit below the edges (GraphQL, HTTP, CLI) that call them.',
      ),
    ],
    paths: [noSqlite],
  },
  {
    files: ['src/server/**/*.ts'],
    patterns: [
      never(
        ['cli', 'pipeline', 'store', 'search'],
        'The server only wires the API and the use cases; data access goes through them.',
        true,
      ),
    ],
    paths: [noSqlite],
  },
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    patterns: [
      never(
        ['src', 'ingest', 'db', 'store', 'search', 'api', 'server', 'cli', 'pipeline', 'model'],
        'The web UI is a client of the public GraphQL API only; it imports nothing of the server.',
      ),
    ],
    paths: [noSqlite],
  },
];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'coverage/**', 'dist/**', '**/fixtures/**', 'test-artifacts/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['bin/**/*.js', 'bench/**/*.js', '*.js', '*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', module: 'writable' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...boundaries.map(({ files, ignores, patterns, paths }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths: paths ?? [] }],
    },
  })),
);
