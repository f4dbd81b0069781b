import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The messages the project's lint config gives `code` placed at `file`. */
async function lintAs(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result!.messages
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message);
}

describe('the architecture boundaries', () => {
  it('keep SQL and the store out of the model', async () => {
    const messages = await lintAs(
      'src/model/example.ts',
      `import { listPapers } from '../store/paper.store';\nexport const x = listPapers;\n`,
    );
    expect(messages).toEqual([expect.stringMatching(/model is pure domain logic/)]);
  });

  it('keep parsers away from the pipeline and the database', async () => {
    const messages = await lintAs(
      'ingest/bibtex/example.ts',
      `import Database from 'better-sqlite3';\nimport { ingestPaperRecords } from '../pipeline/ingest-records';\nexport const x = [Database, ingestPaperRecords];\n`,
    );
    expect(messages).toHaveLength(2);
  });

  it('keep GraphQL code from opening SQLite itself', async () => {
    const messages = await lintAs(
      'src/api/types/example.ts',
      `import Database from 'better-sqlite3';\nexport const x = Database;\n`,
    );
    expect(messages).toEqual([expect.stringMatching(/SQL lives in src\/store only/)]);
  });

  it('let the pipeline write through the store', async () => {
    const messages = await lintAs(
      'ingest/pipeline/example.ts',
      `import { insertPaper } from '../../src/store/paper.store';\nexport const x = insertPaper;\n`,
    );
    expect(messages).toEqual([]);
  });

  it.each([
    [
      'the model from the ingest layer',
      'src/model/example.ts',
      `import type { ParseResult } from '../../ingest/types';`,
      /model is pure/,
    ],
    [
      'the model from use cases',
      'src/model/example.ts',
      `import { selectPapers } from '../service/select-papers';`,
      /model is pure/,
    ],
    [
      'the store from the ingest layer',
      'src/store/example.ts',
      `import { at } from '../../ingest/types';`,
      /store holds all SQL/,
    ],
    [
      'the store from use cases',
      'src/store/example.ts',
      `import { exportPapers } from '../service/export-papers';`,
      /store holds all SQL/,
    ],
    [
      'search from SQLite itself',
      'src/search/example.ts',
      `import Database from 'better-sqlite3';`,
      /SQL lives in src\/store only/,
    ],
    [
      'search from parsers',
      'src/search/example.ts',
      `import { parseBibtex } from '../../ingest/bibtex/parse-bibtex';`,
      /Search is derived/,
    ],
    [
      'the pipeline from GraphQL',
      'ingest/pipeline/example.ts',
      `import { schema } from '../../src/api/schema';`,
      /pipeline merges and writes/,
    ],
    [
      'the pipeline from the server',
      'ingest/pipeline/example.ts',
      `import { createApp } from '../../src/server/app';`,
      /pipeline merges and writes/,
    ],
    [
      'the pipeline from the CLI',
      'ingest/pipeline/example.ts',
      `import { runCli } from '../../src/cli/main';`,
      /pipeline merges and writes/,
    ],
    [
      'exporters from parsers',
      'src/export/example.ts',
      `import { parseBibtex } from '../../ingest/bibtex/parse-bibtex';`,
      /pure formatters/,
    ],
    [
      'exporters from use cases',
      'src/export/example.ts',
      `import { exportPapers } from '../service/export-papers';`,
      /pure formatters/,
    ],
    [
      'parsers from use cases',
      'ingest/jsonl/example.ts',
      `import { loadOntology } from '../../src/service/ontology-files';`,
      /Parsers are pure/,
    ],
    [
      'use cases from GraphQL',
      'src/service/example.ts',
      `import { schema } from '../api/schema';`,
      /Use cases sit below the edges/,
    ],
    [
      'use cases from the CLI',
      'src/service/example.ts',
      `import { runCli } from '../cli/main';`,
      /Use cases sit below the edges/,
    ],
    [
      'use cases from SQLite itself',
      'src/service/example.ts',
      `import Database from 'better-sqlite3';`,
      /SQL lives in src\/store only/,
    ],
  ])('keep %s', async (_case, file, line, message) => {
    const messages = await lintAs(file, `${line}\nexport const x = 1;\n`);
    expect(messages).toEqual([expect.stringMatching(message)]);
  });

  it('let GraphQL, the server and the CLI call the use cases', async () => {
    for (const file of [
      'src/api/types/example.ts',
      'src/server/example.ts',
      'src/cli/example.ts',
    ]) {
      const up = file.startsWith('src/api/types') ? '../..' : '..';
      const code = `import { exportPapers } from '${up}/service/export-papers';\nexport const x = exportPapers;\n`;
      expect(await lintAs(file, code)).toEqual([]);
    }
  });

  it('keep the web UI a client of the public API, importing nothing of the server', async () => {
    const messages = await lintAs(
      'web/src/example.ts',
      `import { schema } from '../../src/api/schema';\nimport { listPapers } from '../../src/store/paper.store';\nexport const x = [schema, listPapers];\n`,
    );
    expect(messages).toEqual([
      expect.stringMatching(/client of the public GraphQL API/),
      expect.stringMatching(/client of the public GraphQL API/),
    ]);
  });
});
