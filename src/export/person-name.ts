/**
 * Author names arrive as one string each (`Fanqing Meng`, `Maarten de Rijke`, `GLM-V Team`).
 * Bibliographic formats want them split; this is the one place that decides how.
 */
export type PersonName =
  | { kind: 'person'; family: string; given?: string | undefined; particle?: string | undefined }
  | { kind: 'organization'; literal: string };

/** Words that mark a name as an organization rather than a person (`Qwen Team`, `OpenAI`). */
const ORGANIZATION_WORDS =
  /\b(team|group|lab|labs|laboratory|inc|ltd|llc|corp|corporation|company|consortium|collaboration|project|foundation|institute|university|committee|association|society|research|openai|deepmind|anthropic|google|meta|microsoft|nvidia)\b/i;

/** Lower-case name particles that belong to the family name (`de Rijke`, `van der Berg`). */
const PARTICLES = new Set([
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'st',
  'ten',
  'ter',
  'van',
  'von',
  'zu',
]);

export function splitPersonName(name: string): PersonName {
  const text = name.replace(/\s+/g, ' ').trim();
  if (ORGANIZATION_WORDS.test(text)) return { kind: 'organization', literal: text };
  if (text.includes(',')) return splitInverted(text);
  const words = text.split(' ');
  if (words.length === 1) return { kind: 'person', family: text };
  const particleAt = words.findIndex((word, index) => index > 0 && PARTICLES.has(word));
  const familyStart =
    particleAt > 0 && particleAt < words.length - 1 ? particleAt : words.length - 1;
  const particles = takeParticles(words.slice(familyStart));
  return {
    kind: 'person',
    given: words.slice(0, familyStart).join(' '),
    particle: particles.particle,
    family: particles.family,
  };
}

/** `Family, Given` as some sources already write it. */
function splitInverted(text: string): PersonName {
  const [familyPart = '', ...rest] = text.split(',');
  const given = rest.join(',').trim();
  const particles = takeParticles(familyPart.trim().split(' '));
  if (particles.family === '') return { kind: 'organization', literal: text };
  return {
    kind: 'person',
    family: particles.family,
    given: given || undefined,
    particle: particles.particle,
  };
}

function takeParticles(words: string[]): { particle?: string | undefined; family: string } {
  let index = 0;
  while (index < words.length - 1 && PARTICLES.has(words[index]!)) index += 1;
  const particle = words.slice(0, index).join(' ');
  return { particle: particle || undefined, family: words.slice(index).join(' ') };
}

/** The family name with its particle, as it is sorted and cited (`de Rijke`). */
export function fullFamilyName(name: PersonName): string {
  if (name.kind === 'organization') return name.literal;
  return name.particle ? `${name.particle} ${name.family}` : name.family;
}
