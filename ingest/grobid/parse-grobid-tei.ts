import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CitationRecord } from '../../src/model/citation-network/citation';
import { isUsableWorkRef } from '../../src/model/citation-network/citation';
import type { ParseResult } from '../types';
import { NotThisFormatError } from '../types';
import { biblStructToWorkRef } from './bibl-struct-to-work-ref';
import { findReferenceContexts } from './reference-contexts';
import type { TeiNode } from './tei-nodes';
import { teiAttribute, teiChildren, teiDescendants } from './tei-nodes';

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
});

/**
 * Reads a GROBID TEI document (processFulltextDocument or processReferences output): the paper
 * from `teiHeader/fileDesc/sourceDesc/biblStruct`, one citation record per `listBibl/biblStruct`,
 * with the body sentences that cite it as contexts.
 */
export function parseGrobidTei(text: string, file: string): ParseResult<CitationRecord> {
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    throw new NotThisFormatError(file, `not XML: ${validation.err.msg}`, validation.err.line);
  }
  const tei = (xmlParser.parse(text) as TeiNode)['TEI'];
  if (!tei || typeof tei !== 'object')
    throw new NotThisFormatError(file, 'not TEI: no <TEI> element', 1);
  const header = teiDescendants(teiChildren(tei, 'teiHeader'), 'sourceDesc');
  const self = teiDescendants(header, 'biblStruct')[0];
  const citing = self ? biblStructToWorkRef(self) : {};
  if (!isUsableWorkRef(citing)) {
    throw new NotThisFormatError(
      file,
      'the TEI header names no paper (sourceDesc/biblStruct has no title or id)',
      1,
    );
  }
  const contexts = findReferenceContexts(text);
  const lines = findBiblLines(text);
  const bibls = teiDescendants(teiChildren(tei, 'text'), 'listBibl').flatMap((list) =>
    teiChildren(list, 'biblStruct'),
  );
  const result: ParseResult<CitationRecord> = { records: [], skipped: [], warnings: [] };
  bibls.forEach((bibl, index) => {
    const line = lines[index] ?? 1;
    const id = teiAttribute(bibl, 'xml:id') ?? teiAttribute(bibl, 'id');
    const cited = biblStructToWorkRef(bibl);
    if (!isUsableWorkRef(cited)) {
      result.skipped.push({
        where: `${file}:${line}`,
        code: 'empty-bibl-struct',
        reason: `biblStruct ${id ?? index} has no title, id or raw reference`,
      });
      return;
    }
    result.records.push({
      format: 'grobid',
      source: { file, line },
      citing,
      cited,
      contexts: id ? contexts.get(id) : undefined,
    });
  });
  return result;
}

/** fast-xml-parser keeps no positions: the reference biblStructs are found again in the text. */
function findBiblLines(text: string): number[] {
  const back = text.search(/<listBibl\b/);
  if (back < 0) return [];
  return [...text.slice(back).matchAll(/<biblStruct\b/g)].map(
    (match) => text.slice(0, back + match.index).split('\n').length,
  );
}
