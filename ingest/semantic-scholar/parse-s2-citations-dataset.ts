import type { CitationRecord } from '../../src/model/citation-network/citation';
import { readJsonLines } from '../citations/read-json-values';
import type { ParseResult } from '../types';
import { NotThisFormatError } from '../types';
import { S2DatasetCitationSchema } from './s2-schema';

/**
 * Reads lines of the Semantic Scholar datasets `citations` release. Both ends are corpus ids, so
 * the works they make meet papers only through works that carry the same corpus id (imported from
 * API responses with `externalIds`); a line missing either end is skipped.
 */
export function parseS2CitationsDataset(text: string, file: string): ParseResult<CitationRecord> {
  const lines = readJsonLines(text, file, S2DatasetCitationSchema, 'an S2 citations line');
  const decoded = lines.flatMap((line) => (line.ok ? [line] : []));
  if (!decoded.some((line) => 'citingcorpusid' in (line.value as object))) {
    throw new NotThisFormatError(
      file,
      'no line has citingcorpusid/citedcorpusid: not the S2 citations dataset',
      1,
    );
  }
  const result: ParseResult<CitationRecord> = { records: [], skipped: [], warnings: [] };
  for (const line of lines) {
    if (!line.ok) {
      result.skipped.push(line.finding);
      continue;
    }
    const { citingcorpusid, citedcorpusid, contexts, intents, isinfluential } = line.value;
    if (
      citingcorpusid === null ||
      citingcorpusid === undefined ||
      citedcorpusid === null ||
      citedcorpusid === undefined
    ) {
      result.skipped.push({
        where: `${file}:${line.line}`,
        code: 'missing-corpus-id',
        reason: `the ${citingcorpusid == null ? 'citing' : 'cited'} corpus id is null (Semantic Scholar could not resolve that end)`,
      });
      continue;
    }
    result.records.push({
      format: 's2-dataset',
      source: { file, line: line.line },
      citing: { s2Id: `corpus:${citingcorpusid}` },
      cited: { s2Id: `corpus:${citedcorpusid}` },
      contexts: contexts ?? undefined,
      intents: [...new Set((intents ?? []).flatMap((list) => list ?? []))],
      isInfluential: isinfluential ?? undefined,
    });
  }
  return result;
}
