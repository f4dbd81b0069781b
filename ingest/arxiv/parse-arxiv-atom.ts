import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NotThisFormatError } from '../types';
import type { ParseResult } from '../types';
import { atomEntryToRecord } from './atom-entry-to-record';
import type { ArxivPaperRecord } from './atom-entry-to-record';
import { AtomEntrySchema, AtomFeedSchema, REPEATED_ELEMENTS } from './atom-schema';

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => REPEATED_ELEMENTS.has(name),
});

/**
 * Reads an arXiv API response (http://export.arxiv.org/api/query?id_list=…), an Atom feed with
 * one entry per paper. The API reports a bad query as a feed whose single entry is titled
 * `Error`; such entries are skipped with the API's message. Text that is not an Atom feed
 * (an HTML error page, `Rate exceeded.`) is not this format.
 */
export function parseArxivAtom(text: string, file: string): ParseResult<ArxivPaperRecord> {
  const entries = readFeedEntries(text, file);
  const lines = findEntryLines(text);
  const result: ParseResult<ArxivPaperRecord> = { records: [], skipped: [], warnings: [] };
  entries.forEach((raw, index) => {
    const line = lines[index] ?? 1;
    const where = `${file}:${line}`;
    const decoded = AtomEntrySchema.safeParse(raw);
    if (!decoded.success) {
      const reason = `not an arXiv entry: ${decoded.error.issues[0]?.message ?? 'unexpected shape'}`;
      result.skipped.push({ where, code: 'schema-mismatch', reason });
      return;
    }
    const outcome = atomEntryToRecord(decoded.data, { file, line });
    if (outcome.ok) result.records.push(outcome.record);
    else result.skipped.push({ where, code: outcome.code, reason: outcome.reason });
  });
  return result;
}

function readFeedEntries(text: string, file: string): unknown[] {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    throw new NotThisFormatError(file, `not XML: ${validation.err.msg}`, validation.err.line);
  }
  const feed = AtomFeedSchema.safeParse(xmlParser.parse(text));
  if (!feed.success) throw new NotThisFormatError(file, 'not an Atom feed: no <feed> element');
  return feed.data.feed.entry;
}

/** fast-xml-parser keeps no positions; entries are found again, in order, in the text. */
function findEntryLines(text: string): number[] {
  return [...text.matchAll(/<(?:[\w-]+:)?entry[\s>/]/g)].map(
    (match) => text.slice(0, match.index).split('\n').length,
  );
}
