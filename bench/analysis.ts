// Analysis figures for `npm run bench`: matrix, timeline and friends over the real corpus.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestFiles } from '../src/cli/ingest-command';
import { loadAbbreviations, loadOntology } from '../src/service/ontology-files';
import { buildSynonymTable } from '../src/search/expand-query';
import { PaperIndex } from '../src/search/paper-index';
import { createApp } from '../src/server/app';
import { openDatabase } from '../src/store/database';
import { quietIo, summarise, timeRuns } from './measure';

const RUNS = 200;
const metadata = resolve(import.meta.dirname, '../../shared/data/visual-rl/paper-metadata.jsonl');

const QUERIES: [label: string, query: string][] = [
  [
    'matrix pillar × algorithm family (counts)',
    '{ matrix(rows: PILLAR, columns: ALGORITHM_FAMILY) { rows { key total } columns { key total } cells { rowKey columnKey count } } }',
  ],
  [
    'matrix pillar × algorithm (+ cell papers)',
    '{ matrix(rows: PILLAR, columns: ALGORITHM) { rows { key total } columns { key total } cells { rowKey columnKey count papers { title year } } } }',
  ],
  [
    'timeline by month, split by pillar',
    '{ timeline(by: MONTH, groupBy: PILLAR) { points { period count groups { key count } } } }',
  ],
  [
    'coOccurrence algorithm × benchmark',
    '{ coOccurrence(kind: ALGORITHM, with: BENCHMARK) { pairs { entity { key } other { key } count lift } } }',
  ],
  ['related to Flow-GRPO (first 10)', '{ paper(arxivId: "2505.05470") { id } }'],
  [
    'search "Group Relative Policy Optimization"',
    '{ search(query: "Group Relative Policy Optimization", first: 20) { totalCount expansions { text } edges { node { title } } } }',
  ],
];

/** Builds a linked graph of `list` (plus the paper metadata when ../shared has it) and times the analyses in-process. */
export async function benchAnalysis(list: string, dir: string): Promise<void> {
  const dbPath = join(dir, 'analysis.sqlite');
  const inputs = existsSync(metadata) ? [list, metadata] : [list];
  ingestFiles(inputs, { db: dbPath, list: 'visual-rl' }, quietIo);
  const db = openDatabase(dbPath);
  const synonyms = buildSynonymTable(loadOntology(), loadAbbreviations());
  const { yoga } = createApp({ db, index: PaperIndex.open(db, { synonyms }) });
  const post = async (query: string) => {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      data?: Record<string, { id?: string }>;
      errors?: unknown;
    };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  console.log(
    `\nanalysis (in-process GraphQL, ${inputs.length === 2 ? 'list + metadata' : 'list only'}):`,
  );
  for (const [label, query] of QUERIES) {
    let document = query;
    if (label.startsWith('related')) {
      const id = (await post(query))['paper']?.id;
      document = `{ related(paper: "${id}", first: 10) { score reason paper { title } } }`;
    }
    const times = await timeRuns(RUNS, () => post(document), 10);
    console.log(`  ${label.padEnd(45)} ${summarise(times)}`);
  }
  db.close();
}
