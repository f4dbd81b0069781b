import type { EntryLink, PaperKind } from '../../src/model/curation/survey-list';
import { isPublisherUrl } from './classify-link';
import type { DateNote } from './parse-date-note';

export interface KindEvidence {
  note: DateNote | undefined;
  venue: string | undefined;
  arxivId: string | undefined;
  links: EntryLink[];
  sectionPath: string[];
}

/**
 * What kind of work an entry is. The note's own word (`Blog`) comes first; then a venue or a
 * publisher link makes it a publication, an arXiv id (or a note saying arXiv) a preprint;
 * then blog/course hosts or a section named Blog/Course; anything else is a web resource.
 */
export function judgePaperKind(evidence: KindEvidence): PaperKind {
  if (evidence.note?.kindHint) return evidence.note.kindHint;
  if (evidence.venue !== undefined) return 'publication';
  if (evidence.links.some((link) => link.kind === 'doi' || isPublisherUrl(link.url))) {
    return 'publication';
  }
  if (evidence.arxivId !== undefined || evidence.note?.saysArxiv) return 'preprint';
  const linkKinds = new Set(evidence.links.map((link) => link.kind));
  const sectionKind = kindFromSection(evidence.sectionPath);
  if (linkKinds.has('course') || sectionKind === 'course') return 'course';
  if (linkKinds.has('blog') || sectionKind === 'blog') return 'blog';
  return 'web';
}

function kindFromSection(path: string[]): 'blog' | 'course' | undefined {
  const name = path.join(' / ');
  if (/\bcourses?\b/i.test(name)) return 'course';
  if (/\bblogs?\b/i.test(name)) return 'blog';
  return undefined;
}
