import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSynonymTable, expandQuery } from '../../src/search/expand-query';
import { loadSearchVocabulary } from '../../src/service/ontology-files';
import { ONTOLOGY_DIR } from '../../src/service/project-paths';
import { loadSynonymTable } from '../../src/service/synonym-table';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function ontologyCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'surveygraph-synonyms-'));
  dirs.push(dir);
  cpSync(ONTOLOGY_DIR, dir, { recursive: true });
  return dir;
}

describe('loadSynonymTable', () => {
  it('expands queries as the table built from the vocabulary does, read again from its copy', () => {
    const built = buildSynonymTable(loadSearchVocabulary());
    for (const table of [loadSynonymTable(), loadSynonymTable()]) {
      expect(table.groups).toEqual(built.groups);
      for (const query of ['grpo image generation', 'personalized t2i', 'vla robot']) {
        expect(expandQuery(query, table)).toEqual(expandQuery(query, built));
      }
    }
  });

  it('sees an edit of a vocabulary file at once', () => {
    const dir = ontologyCopy();
    expect(expandQuery('zorblax', loadSynonymTable(dir))[0]!.alternatives).toEqual([]);
    const file = join(dir, 'synonyms.yaml');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\n- spellings: [zorblax, quuxification]\n  why: a test set\n`,
    );
    const [unit] = expandQuery('zorblax', loadSynonymTable(dir));
    expect(unit!.alternatives.map((alternative) => alternative.text)).toEqual(['quuxification']);
  });
});
