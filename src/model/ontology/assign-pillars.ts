import type { OntologyEntity } from './ontology';
import type { SurveySection } from '../curation/survey-list';
import { normaliseTitle } from '../paper/title-key';

/** The group that top-level sections matching no pattern fall into. */
export const FALLBACK_GROUP = 'others';

/**
 * Places every section under a pillar or group: a top-level heading goes to the entity whose
 * `sectionPatterns` it names (see matchPillar); sections below inherit it.
 * Returns slug by joined path.
 */
export function assignPillars(
  sections: readonly SurveySection[],
  pillars: readonly OntologyEntity[],
): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const section of sections) {
    const top = section.path[0]!;
    const slug = matchPillar(top, pillars) ?? fallback(pillars);
    if (slug) byPath.set(section.path.join('\u0000'), slug);
  }
  return byPath;
}

export function pillarForPath(
  assigned: Map<string, string>,
  path: readonly string[],
): string | undefined {
  return assigned.get(path.join('\u0000'));
}

/**
 * The pillar a heading names: the pattern found earliest in it wins, then the longer pattern;
 * patterns match whole words, with a trailing plural "s" allowed ("Benchmarks" ~ "benchmark").
 */
export function matchPillar(
  heading: string,
  pillars: readonly OntologyEntity[],
): string | undefined {
  const words = ` ${normaliseTitle(heading)} `;
  let best: { slug: string; at: number; length: number } | undefined;
  for (const pillar of pillars) {
    for (const pattern of pillar.sectionPatterns ?? []) {
      const normalised = normaliseTitle(pattern);
      const at = findWholeWords(words, normalised);
      if (at < 0) continue;
      const better = !best || at < best.at || (at === best.at && normalised.length > best.length);
      if (better) best = { slug: pillar.slug, at, length: normalised.length };
    }
  }
  return best?.slug;
}

function findWholeWords(padded: string, phrase: string): number {
  const exact = padded.indexOf(` ${phrase} `);
  return exact >= 0 ? exact : padded.indexOf(` ${phrase}s `);
}

function fallback(pillars: readonly OntologyEntity[]): string | undefined {
  return pillars.find((p) => p.slug === FALLBACK_GROUP)?.slug;
}
