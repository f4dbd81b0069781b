import type { CitationRecord, WorkRef } from '../../src/model/citation-network/citation';
import { generateList } from './app';

/** The arXiv id `generateList` gives its entry `i`. */
export function generatedArxivId(i: number): string {
  return `25${String((i % 12) + 1).padStart(2, '0')}.${String(10000 + i).padStart(5, '0')}`;
}

/** The title `generateList` gives its entry `i`. */
export function generatedTitle(i: number): string {
  return `Paper number ${i}: learning things with GRPO variant ${i}`;
}

export const SURVEY_DOI = '10.9999/generated-survey';
export const externalDoi = (name: string) => `10.1000/${name}`;

/**
 * A corpus of 12 listed papers (generateList(12)) whose citations are known by construction:
 *
 *   P0 → P1 (by title only), P0 → P5          P1 → P2 (by its arXiv DOI)   P2 → P3   P5 → P3
 *   P6, P7, P8, P9, P10, P11 → P4 (the hub)   P6, P7, P8 → X1   P9, P10 → X2   P11 → X3
 *   the survey (external, by DOI) → P0, X3
 *
 * so the answers are: shortest path P0 ⇝ P3 is P0, P5, P3; P4 is the most central paper;
 * gaps with ≥ 2 listed citers are X1 (3) then X2 (2), and X3 joins when the survey counts;
 * P0 and P6…P11 are listed papers no paper cites; P6 is coupled most with P7 and P8 (P4 and X1).
 */
export function generateCitationCorpus(): { list: string; records: CitationRecord[] } {
  const paper = (i: number): WorkRef => ({ arxivId: generatedArxivId(i) });
  const external = (name: string): WorkRef => ({
    doi: externalDoi(name),
    title: `External ${name}`,
  });
  const survey: WorkRef = { doi: SURVEY_DOI, title: 'A generated survey' };
  const edges: [WorkRef, WorkRef][] = [
    [paper(0), { title: generatedTitle(1), year: 2025 }],
    [paper(0), paper(5)],
    [paper(1), { doi: `10.48550/arxiv.${generatedArxivId(2)}` }],
    [paper(2), paper(3)],
    [paper(5), paper(3)],
    ...[6, 7, 8, 9, 10, 11].map((i): [WorkRef, WorkRef] => [paper(i), paper(4)]),
    ...[6, 7, 8].map((i): [WorkRef, WorkRef] => [paper(i), external('x1')]),
    ...[9, 10].map((i): [WorkRef, WorkRef] => [paper(i), external('x2')]),
    [paper(11), external('x3')],
    [survey, paper(0)],
    [survey, external('x3')],
  ];
  const records = edges.map(([citing, cited], index) => ({
    format: 's2-dataset' as const,
    source: { file: 'generated.jsonl', line: index + 1 },
    citing,
    cited,
  }));
  return { list: generateList(12), records };
}
