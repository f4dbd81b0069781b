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
