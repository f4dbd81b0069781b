/**
 * What a list's venue note (`NeurIPS 2024`, `2025, ICLR oral`, `Nature`, `ICLR Blog`) says about
 * where a work appeared, in the terms citation formats need.
 */
export interface Venue {
  kind: 'conference' | 'journal' | 'blog';
  /** Full name for `booktitle`/`journal`/`container-title`, e.g. `Advances in Neural Information Processing Systems`. */
  name: string;
  /** The short name as people cite it, e.g. `NeurIPS`, `Nature`. */
  short: string;
}

interface KnownVenue {
  kind: 'conference' | 'journal';
  short: string;
  name: string;
}

const KNOWN: Record<string, KnownVenue> = {};

function known(kind: KnownVenue['kind'], aliases: string, name: string): void {
  const [short = aliases] = aliases.split('|');
  for (const alias of aliases.split('|')) KNOWN[alias.toLowerCase()] = { kind, short, name };
}

known('conference', 'NeurIPS|NIPS', 'Advances in Neural Information Processing Systems');
known('conference', 'ICLR', 'International Conference on Learning Representations');
known('conference', 'ICML', 'International Conference on Machine Learning');
known('conference', 'CVPR', 'IEEE/CVF Conference on Computer Vision and Pattern Recognition');
known('conference', 'ICCV', 'IEEE/CVF International Conference on Computer Vision');
known('conference', 'ECCV', 'European Conference on Computer Vision');
known('conference', 'WACV', 'IEEE/CVF Winter Conference on Applications of Computer Vision');
known('conference', 'AAAI', 'AAAI Conference on Artificial Intelligence');
known('conference', 'IJCAI', 'International Joint Conference on Artificial Intelligence');
known('conference', 'ACL', 'Annual Meeting of the Association for Computational Linguistics');
known('conference', 'EMNLP', 'Conference on Empirical Methods in Natural Language Processing');
known(
  'conference',
  'NAACL',
  'Conference of the North American Chapter of the Association for Computational Linguistics',
);
known('conference', 'COLM', 'Conference on Language Modeling');
known('conference', 'ICRA', 'IEEE International Conference on Robotics and Automation');
known('conference', 'IROS', 'IEEE/RSJ International Conference on Intelligent Robots and Systems');
known('conference', 'CoRL', 'Conference on Robot Learning');
known('conference', 'RSS', 'Robotics: Science and Systems');
known('conference', 'SIGGRAPH', 'ACM SIGGRAPH Conference');
known('conference', 'KDD', 'ACM SIGKDD Conference on Knowledge Discovery and Data Mining');
known('conference', 'ACM MM|ACMMM|MM', 'ACM International Conference on Multimedia');
known('journal', 'Nature', 'Nature');
known('journal', 'Science', 'Science');
known('journal', 'Nature Machine Intelligence', 'Nature Machine Intelligence');
known('journal', 'Science Robotics', 'Science Robotics');
known(
  'journal',
  'TPAMI|T-PAMI|PAMI',
  'IEEE Transactions on Pattern Analysis and Machine Intelligence',
);
known('journal', 'IJCV', 'International Journal of Computer Vision');
known('journal', 'JMLR', 'Journal of Machine Learning Research');
known('journal', 'TMLR', 'Transactions on Machine Learning Research');
known('journal', 'RA-L|RAL', 'IEEE Robotics and Automation Letters');
known('journal', 'TOG', 'ACM Transactions on Graphics');

/** Presentation notes that say how a paper was presented, not where. */
const PRESENTATION = /\b(oral|spotlight|poster|highlight|best paper|award)\b/gi;
const JOURNAL_WORDS = /\b(journal|transactions|letters|review|magazine)\b/i;

/** Reads a venue note; undefined when there is none or it only says "arXiv". */
export function classifyVenue(venue: string | null | undefined): Venue | undefined {
  const cleaned = (venue ?? '')
    .replace(/\b(19|20)\d{2}\b/g, '')
    .replace(PRESENTATION, '')
    .replace(/[\s,;()]+/g, ' ')
    .trim();
  if (cleaned === '' || /^arxiv\b/i.test(cleaned)) return undefined;
  if (/\bblog\b/i.test(cleaned)) return { kind: 'blog', name: cleaned, short: cleaned };
  if (/\bworkshops?\b/i.test(cleaned)) return { kind: 'conference', name: cleaned, short: cleaned };
  const match = KNOWN[cleaned.toLowerCase()];
  if (match) return { ...match };
  const kind = JOURNAL_WORDS.test(cleaned) ? 'journal' : 'conference';
  return { kind, name: cleaned, short: cleaned };
}
