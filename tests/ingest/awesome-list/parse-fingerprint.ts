import { createHash } from 'node:crypto';
import { lintAwesomeList } from '../../../ingest/awesome-list/lint-awesome-list';
import type { ParsedAwesomeList } from '../../../ingest/awesome-list/parse-awesome-list';

/**
 * A digest of what a parse gives: the facts every entry had before issue 7 (title, links, ids,
 * date, venue, kind, section, source line), the sections, and every finding, lint's included.
 * Fields added later (short names, authors) are left out on purpose, so new facts may be added
 * while the old ones must stay exactly as they were.
 */
export function fingerprintParse(parsed: ParsedAwesomeList): string {
  const records = parsed.records.map((r) => ({
    title: r.title,
    url: r.url,
    arxivId: r.arxivId,
    doi: r.doi,
    year: r.year,
    month: r.month,
    venue: r.venue,
    dateText: r.dateText,
    kind: r.kind,
    links: r.links,
    sectionPath: r.sectionPath,
    source: r.source,
  }));
  const facts = {
    title: parsed.title,
    sections: parsed.sections,
    records,
    skipped: parsed.skipped,
    warnings: parsed.warnings,
    lint: lintAwesomeList(parsed),
  };
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16);
}
