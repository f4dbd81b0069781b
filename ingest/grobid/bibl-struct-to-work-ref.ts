import type { WorkRef } from '../../src/model/citation-network/citation';
import {
  normaliseArxivId,
  normaliseDoi,
  withArxivFromDoi,
} from '../../src/model/citation-network/citation';
import type { TeiNode } from './tei-nodes';
import { teiAttribute, teiChildren, teiDescendants, teiText } from './tei-nodes';

/**
 * A TEI `biblStruct` as a work (GROBID's layout: `analytic` holds the article, `monogr` the
 * journal or book; `idno` elements carry DOI and arXiv ids; `note type="raw_reference"` the
 * reference as printed).
 */
export function biblStructToWorkRef(bibl: TeiNode): WorkRef {
  const ids = new Map(
    teiDescendants(bibl, 'idno').map((idno) => [
      teiAttribute(idno, 'type')?.toLowerCase(),
      teiText(idno),
    ]),
  );
  const titles = [...teiChildren(bibl, 'analytic'), ...teiChildren(bibl, 'monogr')].flatMap(
    (part) => teiChildren(part, 'title'),
  );
  const title = teiText(titles.find((t) => teiAttribute(t, 'level') === 'a') ?? titles[0]);
  const when = teiDescendants(bibl, 'date')
    .map((date) => teiAttribute(date, 'when'))
    .find(Boolean);
  const raw = teiChildren(bibl, 'note').find(
    (note) => teiAttribute(note, 'type') === 'raw_reference',
  );
  return withArxivFromDoi({
    doi: normaliseDoi(ids.get('doi')),
    arxivId: normaliseArxivId(ids.get('arxiv')?.replace(/^arxiv:\s*/i, '')),
    title,
    year: when ? Number(when.slice(0, 4)) || undefined : undefined,
    raw: teiText(raw),
  });
}
