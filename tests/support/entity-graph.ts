import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePaperJsonl } from '../../ingest/jsonl/parse-paper-jsonl';
import { ingestPaperRecords } from '../../ingest/pipeline/ingest-records';
import { parseEntityLinkOverrides } from '../../src/model/ontology/entity-link-overrides';
import { createTestGraph, ingestMarkdown, linkGraph, ontology } from './graph';

const FIXTURES = join(import.meta.dirname, '../ingest/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const LIST = 'generation and reasoning papers naming grpo variants.md';
const ABSTRACTS = 'abstracts naming grpo variants and benchmarks.jsonl';
const OVERRIDES = 'overrides that add and remove links.yaml';

export const fixtureOverrides = parseEntityLinkOverrides(fixture(OVERRIDES), OVERRIDES, ontology);

/**
 * Four papers (MM-Eureka; Flow-GRPO, DanceGRPO and a diffusion study under Visual Generation)
 * with authors and fixture abstracts, linked to the curated ontology with the fixture overrides.
 */
export function createLinkedGraph(options: { onStatement?: (sql: string) => void } = {}) {
  const graph = createTestGraph(options);
  ingestMarkdown(graph.db, fixture(LIST), LIST);
  const parsed = parsePaperJsonl(fixture(ABSTRACTS), ABSTRACTS);
  ingestPaperRecords(graph.db, parsed.records, {
    format: 'jsonl',
    sources: [ABSTRACTS],
    createMissing: false,
  });
  const summary = linkGraph(graph.db, fixtureOverrides);
  return { ...graph, summary };
}
