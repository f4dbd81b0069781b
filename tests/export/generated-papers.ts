import type { PaperDetails } from '../../src/model/paper/paper';
import type { PaperKind } from '../../src/model/curation/survey-list';

/**
 * A deterministic, realistic-looking corpus: titles in the style of the Visual-RL list
 * (`Vision-R1: …`, `Towards …`), a small author pool so keys collide often, accents, corporate
 * authors, venues, blogs, and papers without authors.
 */
export function generatePapers(count: number, seed = 2508_08189): PaperDetails[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, index) => {
    const id = 1000 + index;
    const kind: PaperKind = pick(KINDS);
    const year = pick([2023, 2024, 2025, 2025, 2025]);
    const month = random() < 0.8 ? 1 + Math.floor(random() * 12) : null;
    const arxivId =
      kind === 'preprint' || (kind === 'publication' && random() < 0.7)
        ? `${String(year).slice(2)}${String(month ?? 1).padStart(2, '0')}.${String(10000 + index).padStart(5, '0')}`
        : null;
    const authorCount = kind === 'blog' && random() < 0.5 ? 0 : 1 + Math.floor(random() * 6);
    const authors = Array.from({ length: authorCount }, () => pick(AUTHORS));
    return {
      paper: {
        id,
        key: arxivId ? `arxiv:${arxivId}` : `generated:${id}`,
        arxivId,
        doi: kind === 'publication' && random() < 0.3 ? `10.1109/cvpr.2025.${id}` : null,
        title: `${pick(PREFIXES)}${pick(OPENINGS)} ${pick(TOPICS)} ${pick(ENDINGS)}`,
        year,
        month,
        venue: kind === 'publication' ? pick(VENUES) : kind === 'blog' ? 'Blog' : null,
        dateText: null,
        published: null,
        kind,
        abstract: null,
      },
      authors,
      links: [
        ...(arxivId ? [{ kind: 'arxiv' as const, url: `https://arxiv.org/abs/${arxivId}` }] : []),
        {
          kind: kind === 'blog' ? ('blog' as const) : ('code' as const),
          url: `https://github.com/lab${id}/repo-${id}`,
        },
      ],
      sections: [pick(SECTIONS)],
      pillars: [pick(PILLARS)],
    };
  });
}

const KINDS: PaperKind[] = [
  'preprint',
  'preprint',
  'preprint',
  'publication',
  'publication',
  'blog',
  'web',
];

const AUTHORS = [
  'Wei Wang',
  'Li Zhang',
  'Yu Liu',
  'Fanqing Meng',
  'Ivan Vulić',
  'Philipp Krähenbühl',
  'Maarten de Rijke',
  'José Ángel Núñez',
  'Søren Ørsted',
  'Zoë Brontë',
  'Nguyễn Văn An',
  'GLM-V Team',
  'Qwen Team',
  'Juan A. Rodriguez',
  'Mike Zheng Shou',
  'Chris',
];

const PREFIXES = [
  '',
  '',
  'Vision-R1: ',
  'GRPO-Zero: ',
  'MM-Eureka++: ',
  'DeepSeek-VL2 & Co: ',
  'R1-V: ',
  '$\\pi_0$: ',
];
const OPENINGS = [
  'Towards',
  'On',
  'Scaling',
  'Rethinking',
  'Learning',
  'The',
  'Incentivizing',
  'Diffusion',
];
const TOPICS = [
  'Multimodal Reasoning',
  'Visual Grounding',
  'Reward Models',
  'Video Generation',
  'GUI Agents',
  'Embodied Navigation',
  '3D Perception',
  'Chart Understanding',
];
const ENDINGS = [
  'with Reinforcement Learning',
  'via Rule-based Rewards',
  'for 100% Verifiable Tasks',
  'beyond SFT',
  'at Scale',
  'in the Wild',
  'using {DPO} and PPO',
  'without Human Labels',
];
const VENUES = [
  'NeurIPS 2024',
  'ICLR',
  'CVPR 2025',
  'ICML',
  'Nature',
  'ECCV',
  'ICRA',
  'TPAMI',
  'ICLR oral',
];
const SECTIONS = [
  ['Multi-Modal Large Language Models with RL', 'Conventional RL-based Frameworks for MLLM'],
  [
    'Multi-Modal Large Language Models with RL',
    'Image Reasoning with RL for MLLMs',
    'Think with Image',
  ],
  ['Visual Generation with RL', 'Image Generation'],
  ['Vision Language Action Models with RL', 'GUI Interaction'],
  ['Others', 'Blog'],
];
const PILLARS = [
  'Multi-Modal Large Language Models',
  'Visual Generation',
  'Vision Language Action Models',
];

/** A small seeded PRNG, so the generated corpus is the same on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
