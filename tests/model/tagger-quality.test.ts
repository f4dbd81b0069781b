/**
 * Tagger quality against hand labels (tests/model/labels/entity-labels.yaml): 202 papers whose
 * titles and abstracts were read and labelled by hand; the tagger runs over the same title +
 * abstract from ../shared/data/visual-rl/paper-metadata.jsonl. Skipped when ../shared is absent.
 *
 * Floors, micro-averaged over papers (measured when written in brackets):
 *   algorithm  precision ≥ 0.90 [0.961]  recall ≥ 0.90 [0.984]
 *   benchmark  precision ≥ 0.95 [1.000]  recall ≥ 0.95 [1.000]
 *   reward     precision ≥ 0.85 [0.921]  recall ≥ 0.60 [0.651]
 *   paradigm   precision ≥ 0.85 [0.891]  recall ≥ 0.70 [0.770]
 *   proposes   precision ≥ 0.90 [0.952]  recall ≥ 0.85 [0.909]
 * These are in-sample figures: the ontology's aliases were curated while reading these same
 * abstracts, so expect lower recall on unseen lists. Rewards and paradigms are often only
 * implied ("rewards tied to task accuracy", "RL against a human-preference reward model"),
 * which a name matcher cannot see; most remaining false positives are background mentions
 * ("recent work such as GRPO …"). Run with SHOW_TAGGER_ERRORS=1 to list every miss.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { OntologyEntity } from '../../src/model/ontology/ontology';
import { tagEntities } from '../../src/model/ontology/tag-entities';
import { describeWithSharedData, sharedFile } from '../support/shared-data';
import { loadOntology } from '../../src/service/ontology-files';

const FLOORS = {
  algorithm: { precision: 0.9, recall: 0.9 },
  benchmark: { precision: 0.95, recall: 0.95 },
  reward: { precision: 0.85, recall: 0.6 },
  paradigm: { precision: 0.85, recall: 0.7 },
  proposes: { precision: 0.9, recall: 0.85 },
} as const;
type Scored = keyof typeof FLOORS;
const KINDS = ['algorithm', 'benchmark', 'reward', 'paradigm'] as const;

const slugs = z.array(z.string()).default([]);
const labelSchema = z.record(
  z.string(),
  z.strictObject({
    algorithm: slugs,
    reward: slugs,
    benchmark: slugs,
    paradigm: slugs,
    proposes: slugs,
  }),
);
type Label = z.infer<typeof labelSchema>[string];

interface Paper {
  title: string;
  abstract: string | null;
}

function readLabels(): Record<string, Label> {
  const text = readFileSync(resolve(import.meta.dirname, 'labels/entity-labels.yaml'), 'utf8');
  return labelSchema.parse(parseYaml(text));
}

function readPapers(): Map<string, Paper> {
  const lines = readFileSync(sharedFile('paper-metadata.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const papers = new Map<string, Paper>();
  for (const line of lines) {
    const record = JSON.parse(line) as { arxiv_id: string } & Paper;
    papers.set(record.arxiv_id, record);
  }
  return papers;
}

interface Tally {
  truePositives: number;
  predicted: number;
  expected: number;
  falsePositives: string[];
  falseNegatives: string[];
}

function score(
  labels: Record<string, Label>,
  papers: Map<string, Paper>,
  ontology: OntologyEntity[],
) {
  const emptyTally = (): Tally => ({
    truePositives: 0,
    predicted: 0,
    expected: 0,
    falsePositives: [],
    falseNegatives: [],
  });
  const tallies = Object.fromEntries(
    Object.keys(FLOORS).map((key) => [key, emptyTally()]),
  ) as Record<Scored, Tally>;
  for (const [id, label] of Object.entries(labels)) {
    const paper = papers.get(id);
    if (!paper) throw new Error(`labelled paper ${id} is not in paper-metadata.jsonl`);
    const mentions = tagEntities(
      { title: paper.title, abstract: paper.abstract ?? undefined },
      ontology,
    );
    const found = (pick: (kind: string, relation: string) => boolean) =>
      new Set(mentions.filter((m) => pick(m.kind, m.relation)).map((m) => m.slug));
    for (const kind of KINDS)
      tally(
        tallies[kind],
        id,
        found((k) => k === kind),
        label[kind],
      );
    tally(
      tallies.proposes,
      id,
      found((_, relation) => relation === 'proposes'),
      label.proposes,
    );
  }
  return tallies;
}

function tally(into: Tally, id: string, predicted: Set<string>, expected: string[]): void {
  const wanted = new Set(expected);
  into.predicted += predicted.size;
  into.expected += wanted.size;
  for (const slug of predicted) {
    if (wanted.has(slug)) into.truePositives += 1;
    else into.falsePositives.push(`${id} ${slug}`);
  }
  for (const slug of wanted) if (!predicted.has(slug)) into.falseNegatives.push(`${id} ${slug}`);
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describeWithSharedData('tagger quality on hand-labelled papers', () => {
  let labels: Record<string, Label>;
  let tallies: Record<Scored, Tally>;
  let ontology: OntologyEntity[];

  beforeAll(() => {
    ontology = loadOntology();
    labels = readLabels();
    tallies = score(labels, readPapers(), ontology);
    const rows = Object.entries(tallies).map(([name, t]) => ({
      name,
      precision: ratio(t.truePositives, t.predicted).toFixed(3),
      recall: ratio(t.truePositives, t.expected).toFixed(3),
      predicted: t.predicted,
      labelled: t.expected,
    }));
    console.log(`tagger quality over ${Object.keys(labels).length} hand-labelled papers`);
    console.table(rows);
    if (process.env.SHOW_TAGGER_ERRORS) console.log(JSON.stringify(tallies, null, 1));
  });

  it('labels at least 40 papers, every label naming a known entity', () => {
    expect(Object.keys(labels).length).toBeGreaterThanOrEqual(40);
    const known = new Set(ontology.map((entity) => `${entity.kind}/${entity.slug}`));
    const unknown = Object.entries(labels).flatMap(([id, label]) =>
      KINDS.flatMap((kind) =>
        label[kind]
          .filter((slug) => !known.has(`${kind}/${slug}`))
          .map((s) => `${id} ${kind}/${s}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  for (const name of Object.keys(FLOORS) as Scored[]) {
    it(`keeps ${name} precision and recall above their floors`, () => {
      const t = tallies[name];
      expect(ratio(t.truePositives, t.predicted), 'precision').toBeGreaterThanOrEqual(
        FLOORS[name].precision,
      );
      expect(ratio(t.truePositives, t.expected), 'recall').toBeGreaterThanOrEqual(
        FLOORS[name].recall,
      );
    });
  }
});
