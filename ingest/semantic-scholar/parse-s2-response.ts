import type { CitationRecord, WorkRef } from '../../src/model/citation-network/citation';
import { isUsableWorkRef } from '../../src/model/citation-network/citation';
import { decodeValue, readJsonDocuments } from '../citations/read-json-values';
import type { ParseResult } from '../types';
import { NotThisFormatError } from '../types';
import { s2PaperToWorkRef } from './s2-paper-to-work-ref';
import { S2CitationSchema, S2PageSchema, S2ReferenceSchema } from './s2-schema';

export type S2Direction = 'references' | 'citations';

/**
 * Reads pages of the Semantic Scholar Graph API's `/paper/{id}/references` or `/citations` (one
 * page, an array of pages, or one page per line). The response does not name the paper it is
 * about, so the caller passes it as `subject`: the citing work of references, the cited work of
 * citations. Which one the pages are is read from their items (`citedPaper` / `citingPaper`).
 */
export function parseS2Response(
  text: string,
  file: string,
  subject: WorkRef,
): ParseResult<CitationRecord> & { direction: S2Direction } {
  const pages = (readJsonDocuments(text) ?? []).filter(
    (doc) => S2PageSchema.safeParse(doc.value).success,
  );
  if (pages.length === 0) {
    throw new NotThisFormatError(file, 'not a Semantic Scholar response page ({ data: [...] })', 1);
  }
  const items = pages.flatMap((page) =>
    S2PageSchema.parse(page.value).data.map((item, index) => ({ item, line: page.line, index })),
  );
  const direction: S2Direction = items.some(({ item }) => 'citingPaper' in item)
    ? 'citations'
    : 'references';
  const result: ParseResult<CitationRecord> = { records: [], skipped: [], warnings: [] };
  for (const { item, line, index } of items) {
    const where = `${file}:${line}`;
    const what =
      direction === 'references' ? 'a reference (citedPaper)' : 'a citation (citingPaper)';
    const decoded =
      direction === 'references'
        ? decodeValue(item, where, line, S2ReferenceSchema, what)
        : decodeValue(item, where, line, S2CitationSchema, what);
    if (!decoded.ok) {
      result.skipped.push({
        ...decoded.finding,
        reason: `data[${index}]: ${decoded.finding.reason}`,
      });
      continue;
    }
    const value = decoded.value;
    const other = s2PaperToWorkRef('citedPaper' in value ? value.citedPaper : value.citingPaper);
    if (!isUsableWorkRef(other)) {
      result.skipped.push({
        where,
        code: 'unidentified-paper',
        reason: `data[${index}]: the ${direction === 'references' ? 'cited' : 'citing'} paper has no id or title (Semantic Scholar could not resolve it)`,
      });
      continue;
    }
    result.records.push({
      format: direction === 'references' ? 's2-references' : 's2-citations',
      source: { file, line },
      citing: direction === 'references' ? subject : other,
      cited: direction === 'references' ? other : subject,
      contexts: value.contexts ?? undefined,
      intents: value.intents ?? undefined,
      isInfluential: value.isInfluential ?? undefined,
    });
  }
  return { ...result, direction };
}
