/** Well-known venues as their communities write them; lists spell them every which way. */
const CANONICAL_VENUES: Record<string, string> = {
  neurips: 'NeurIPS',
  nips: 'NeurIPS',
  iclr: 'ICLR',
  icml: 'ICML',
  cvpr: 'CVPR',
  iccv: 'ICCV',
  eccv: 'ECCV',
  wacv: 'WACV',
  aaai: 'AAAI',
  ijcai: 'IJCAI',
  acl: 'ACL',
  emnlp: 'EMNLP',
  naacl: 'NAACL',
  coling: 'COLING',
  colm: 'COLM',
  corl: 'CoRL',
  icra: 'ICRA',
  iros: 'IROS',
  rss: 'RSS',
  siggraph: 'SIGGRAPH',
  'siggraph asia': 'SIGGRAPH Asia',
  tpami: 'TPAMI',
  tmlr: 'TMLR',
  jmlr: 'JMLR',
  aistats: 'AISTATS',
  uai: 'UAI',
  kdd: 'KDD',
  'acm mm': 'ACM MM',
  nature: 'Nature',
  science: 'Science',
};

/** Words that describe the kind of acceptance, not the venue (`ICLR oral`). */
export const VENUE_QUALIFIERS = new Set(['oral', 'spotlight', 'poster', 'highlight', 'award']);

/** Words around a venue that carry no information (`accepted by CVPR 2025`). */
export const VENUE_FILLERS = new Set(['accepted', 'by', 'at', 'in', 'to', 'appear']);

/** Notes that name where a resource lives rather than a venue. */
export const PLATFORMS: Record<string, string> = {
  'hugging face': 'Hugging Face',
  huggingface: 'Hugging Face',
  github: 'GitHub',
  youtube: 'YouTube',
  medium: 'Medium',
  substack: 'Substack',
  zhihu: 'Zhihu',
};

export function canonicalVenue(name: string): string {
  const collapsed = name.replace(/\s+/g, ' ').trim();
  return CANONICAL_VENUES[collapsed.toLowerCase()] ?? collapsed;
}

export function isKnownVenue(name: string): boolean {
  return name.toLowerCase() in CANONICAL_VENUES;
}
