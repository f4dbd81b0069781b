import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseAwesomeList } from '../../ingest/awesome-list/parse-awesome-list';
import type { IngestSummary } from '../../ingest/pipeline/ingest-list';
import { ingestSurveyList } from '../../ingest/pipeline/ingest-list';
import type { LinkSummary } from '../../ingest/pipeline/link-entities';
import { linkPapersToOntology } from '../../ingest/pipeline/link-entities';
import { loadOntology, pillarsOf } from '../../src/service/ontology-files';
import { loadEntityLinkOverrides } from '../../src/service/override-files';
import type { EntityLinkOverride } from '../../src/model/ontology/entity-link-overrides';
import { PaperIndex } from '../../src/search/paper-index';
import type { Db } from '../../src/store/database';
import { openDatabase } from '../../src/store/database';

export const ontology = loadOntology();
export const pillars = pillarsOf(ontology);

/** Links every paper to the curated ontology, with the curated overrides unless told otherwise. */
export function linkGraph(
  db: Db,
  overrides: readonly EntityLinkOverride[] = loadEntityLinkOverrides(ontology),
): LinkSummary {
  return linkPapersToOntology(db, ontology, overrides);
}

/** Parses markdown as an awesome-list and ingests it into `db` under `listName`. */
export function ingestMarkdown(
  db: Db,
  markdown: string,
  file: string,
  listName = 'test-list',
): IngestSummary {
  const parsed = parseAwesomeList(markdown, file);
  return ingestSurveyList(
    db,
    {
      title: parsed.title,
      sections: parsed.sections,
      entries: parsed.records,
      survey: parsed.survey,
      coverage: parsed.coverage,
    },
    {
      listName,
      format: 'awesome',
      sources: [file],
      pillars,
      parserFindings: { skipped: parsed.skipped, warnings: parsed.warnings },
      now: () => new Date('2026-01-01T00:00:00Z'),
    },
  );
}

export function ingestMarkdownFile(db: Db, path: string, listName = 'visual-rl'): IngestSummary {
  return ingestMarkdown(db, readFileSync(path, 'utf8'), basename(path), listName);
}

/** A fresh in-memory graph, optionally counting statements. */
export function createTestGraph(options: { onStatement?: (sql: string) => void } = {}) {
  const db = openDatabase(':memory:', options);
  return { db, index: () => PaperIndex.open(db) };
}
