/**
 * Well-known venues, once for the whole project: the short name communities write (and lists
 * spell every which way), the full name citation formats need, and whether it is a conference or
 * a journal. The list parser canonicalises with it; the exporters expand with it.
 */
export interface KnownVenue {
  kind: 'conference' | 'journal';
  /** As people cite it: `NeurIPS`, `Nature`. */
  short: string;
  /** For `booktitle`/`journal`/`container-title`. */
  name: string;
}

const VENUES: [KnownVenue['kind'], aliases: string, name: string][] = [
  ['conference', 'NeurIPS|NIPS', 'Advances in Neural Information Processing Systems'],
  ['conference', 'ICLR', 'International Conference on Learning Representations'],
  ['conference', 'ICML', 'International Conference on Machine Learning'],
  ['conference', 'CVPR', 'IEEE/CVF Conference on Computer Vision and Pattern Recognition'],
  ['conference', 'ICCV', 'IEEE/CVF International Conference on Computer Vision'],
  ['conference', 'ECCV', 'European Conference on Computer Vision'],
  ['conference', 'WACV', 'IEEE/CVF Winter Conference on Applications of Computer Vision'],
  ['conference', 'AAAI', 'AAAI Conference on Artificial Intelligence'],
  ['conference', 'IJCAI', 'International Joint Conference on Artificial Intelligence'],
  ['conference', 'ACL', 'Annual Meeting of the Association for Computational Linguistics'],
  ['conference', 'EMNLP', 'Conference on Empirical Methods in Natural Language Processing'],
  [
    'conference',
    'NAACL',
    'Conference of the North American Chapter of the Association for Computational Linguistics',
  ],
  ['conference', 'COLING', 'International Conference on Computational Linguistics'],
  ['conference', 'COLM', 'Conference on Language Modeling'],
  ['conference', 'AISTATS', 'International Conference on Artificial Intelligence and Statistics'],
  ['conference', 'UAI', 'Conference on Uncertainty in Artificial Intelligence'],
  ['conference', 'ICRA', 'IEEE International Conference on Robotics and Automation'],
  ['conference', 'IROS', 'IEEE/RSJ International Conference on Intelligent Robots and Systems'],
  ['conference', 'CoRL', 'Conference on Robot Learning'],
  ['conference', 'RSS', 'Robotics: Science and Systems'],
  ['conference', 'SIGGRAPH', 'ACM SIGGRAPH Conference'],
  ['conference', 'SIGGRAPH Asia', 'ACM SIGGRAPH Asia Conference'],
  ['conference', 'KDD', 'ACM SIGKDD Conference on Knowledge Discovery and Data Mining'],
  ['conference', 'ACM MM|ACMMM|MM', 'ACM International Conference on Multimedia'],
  ['journal', 'Nature', 'Nature'],
  ['journal', 'Science', 'Science'],
  ['journal', 'Nature Machine Intelligence', 'Nature Machine Intelligence'],
  ['journal', 'Science Robotics', 'Science Robotics'],
  [
    'journal',
    'TPAMI|T-PAMI|PAMI',
    'IEEE Transactions on Pattern Analysis and Machine Intelligence',
  ],
  ['journal', 'IJCV', 'International Journal of Computer Vision'],
  ['journal', 'JMLR', 'Journal of Machine Learning Research'],
  ['journal', 'TMLR', 'Transactions on Machine Learning Research'],
  ['journal', 'RA-L|RAL', 'IEEE Robotics and Automation Letters'],
  ['journal', 'TOG', 'ACM Transactions on Graphics'],
];

const BY_ALIAS = new Map<string, KnownVenue>(
  VENUES.flatMap(([kind, aliases, name]) => {
    const short = aliases.split('|')[0]!;
    return aliases.split('|').map((alias) => [alias.toLowerCase(), { kind, short, name }] as const);
  }),
);

/** Words that describe how a paper was presented, not where (`ICLR oral`). */
export const VENUE_QUALIFIERS = new Set(['oral', 'spotlight', 'poster', 'highlight', 'award']);

/** The venue a name or abbreviation stands for, in any case; undefined when unknown. */
export function findKnownVenue(name: string): KnownVenue | undefined {
  return BY_ALIAS.get(name.replace(/\s+/g, ' ').trim().toLowerCase());
}
