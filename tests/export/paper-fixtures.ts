import type { Paper, PaperDetails, PaperLink } from '../../src/model/paper/paper';

/** Fixtures for the export tests, each named for what it exercises. */

function paper(fields: Partial<Paper> & Pick<Paper, 'id' | 'title' | 'kind'>): Paper {
  return {
    key: fields.arxivId ? `arxiv:${fields.arxivId}` : `title:${fields.title.toLowerCase()}`,
    arxivId: null,
    doi: null,
    year: null,
    month: null,
    venue: null,
    dateText: null,
    published: null,
    abstract: null,
    ...fields,
  };
}

function details(
  fields: Parameters<typeof paper>[0],
  rest: { authors?: string[]; links?: PaperLink[]; sections?: string[][]; pillars?: string[] } = {},
): PaperDetails {
  return {
    paper: paper(fields),
    authors: rest.authors ?? [],
    links: rest.links ?? [],
    sections: rest.sections ?? [],
    pillars: rest.pillars ?? [],
  };
}

const MLLM = [
  'Multi-Modal Large Language Models with RL',
  'Conventional RL-based Frameworks for MLLM',
];
const IMAGE_GENERATION = ['Visual Generation with RL', 'Image Generation'];
const WORLD_MODELS = ['Others', 'Visual World Models with RL'];
const BLOG = ['Others', 'Blog'];
const VLA = ['Vision Language Action Models with RL', 'Visual Manipulation'];

export const arxivOnlyPaperWithAccentedAuthors = details(
  {
    id: 11,
    arxivId: '2503.07365',
    title:
      'MM-Eureka: Exploring the Frontiers of Multimodal Reasoning with Rule-based Reinforcement Learning',
    year: 2025,
    month: 3,
    published: '2025-03-10',
    dateText: 'Mar. 2025',
    kind: 'preprint',
    abstract: 'We introduce the MMK12 dataset and MM-EUREKA with 7B and 32B parameters.',
  },
  {
    authors: [
      'Fanqing Meng',
      'Ivan Vulić',
      'Philipp Krähenbühl',
      'Roberto Martín-Martín',
      'Maarten de Rijke',
    ],
    links: [
      { kind: 'arxiv', url: 'https://arxiv.org/abs/2503.07365' },
      { kind: 'code', url: 'https://github.com/ModalMinds/MM-EUREKA' },
    ],
    sections: [MLLM],
    pillars: ['Multi-Modal Large Language Models'],
  },
);

export const neuripsPaperWithArxivVersion = details(
  {
    id: 12,
    arxivId: '2305.15260',
    title:
      'CoWorld: Making Offline RL Online: Collaborative World Models for Offline Visual Reinforcement Learning',
    year: 2024,
    venue: 'NeurIPS',
    dateText: '2024, NeurIPS',
    kind: 'publication',
  },
  {
    authors: ['Qi Wang', 'Junming Yang', 'Yunbo Wang', 'Xin Jin', 'Wenjun Zeng', 'Xiaokang Yang'],
    links: [
      { kind: 'arxiv', url: 'https://arxiv.org/pdf/2305.15260' },
      { kind: 'code', url: 'https://github.com/qiwang067/CoWorld' },
      { kind: 'project', url: 'https://qiwang067.github.io/coworld' },
    ],
    sections: [WORLD_MODELS],
    pillars: ['Others'],
  },
);

export const natureJournalPaperWithoutArxiv = details(
  {
    id: 13,
    doi: '10.1038/s41586-025-08744-2',
    title: 'Mastering Diverse Domains through World Models',
    year: 2025,
    month: 4,
    venue: 'Nature',
    dateText: '2025, Nature',
    kind: 'publication',
  },
  {
    authors: ['Danijar Hafner', 'Jurgis Pasukonis', 'Jimmy Ba', 'Timothy Lillicrap'],
    links: [
      { kind: 'paper', url: 'https://www.nature.com/articles/s41586-025-08744-2.pdf' },
      { kind: 'code', url: 'https://github.com/danijar/dreamerv3' },
    ],
    sections: [WORLD_MODELS],
    pillars: ['Others'],
  },
);

export const blogPostWithoutAuthors = details(
  {
    id: 14,
    title: 'Group Relative Policy Optimization (GRPO) Illustrated Breakdown & Explanation',
    year: 2025,
    month: 7,
    dateText: 'Jl. 2025, Blog',
    kind: 'blog',
  },
  {
    links: [
      {
        kind: 'blog',
        url: 'https://pub.towardsai.net/group-relative-policy-optimization-grpo-illustrated-breakdown-explanation-684e71b8a3f2',
      },
    ],
    sections: [BLOG],
    pillars: ['Others'],
  },
);

export const titleWithLatexSpecials = details(
  {
    id: 15,
    arxivId: '2505.00001',
    title:
      'Reasoning & Rewards: 100% {GRPO} on $5 Budgets #1 with under_scores ~ ^ \\ [RL] <T> | Ünïcödé “quotes” – done…',
    year: 2025,
    month: 5,
    kind: 'preprint',
  },
  {
    authors: ['Zoë Ørsted-Ålund', 'Jürgen Müller'],
    sections: [MLLM],
    pillars: ['Multi-Modal Large Language Models'],
  },
);

export const titleWithInlineMath = details(
  {
    id: 16,
    arxivId: '2510.25889',
    title: '$\\pi_0$: A Vision-Language-Action Flow Model with $π_\\texttt{RL}$ Fine-tuning',
    year: 2025,
    month: 10,
    kind: 'preprint',
  },
  {
    authors: ['Kevin Black', 'Noah Brown', 'Haitz Sáez de Ocáriz Borde'],
    links: [{ kind: 'project', url: 'https://www.physicalintelligence.company/blog/pi0' }],
    sections: [VLA],
    pillars: ['Vision Language Action Models'],
  },
);

export const corporateAuthorPaper = details(
  {
    id: 17,
    arxivId: '2507.01006',
    title:
      'GLM-4.5V and GLM-4.1V-Thinking: Towards Versatile Multimodal Reasoning with Scalable Reinforcement Learning',
    year: 2025,
    month: 7,
    kind: 'preprint',
  },
  {
    authors: ['GLM-V Team'],
    links: [{ kind: 'code', url: 'https://github.com/zai-org/GLM-V' }],
    sections: [
      [
        'Multi-Modal Large Language Models with RL',
        'Image Reasoning with RL for MLLMs',
        'Think about Image',
      ],
    ],
    pillars: ['Multi-Modal Large Language Models'],
  },
);

/** Two papers whose authors, years and first title words give the same key `wang2025diffusion`. */
export const firstOfTwoPapersCollidingOnKey = details(
  {
    id: 21,
    arxivId: '2505.20001',
    title: 'Diffusion Models Aligned with Reinforcement Learning from Human Feedback',
    year: 2025,
    month: 5,
    kind: 'preprint',
  },
  {
    authors: ['Wei Wang', 'Li Zhang'],
    sections: [IMAGE_GENERATION],
    pillars: ['Visual Generation'],
  },
);

export const secondOfTwoPapersCollidingOnKey = details(
  {
    id: 22,
    arxivId: '2506.20002',
    title: 'Towards Diffusion Policies that Reason',
    year: 2025,
    month: 6,
    venue: 'ICLR oral',
    kind: 'publication',
  },
  { authors: ['Wei Wang'], sections: [IMAGE_GENERATION, VLA], pillars: ['Visual Generation'] },
);

export const courseFromHuggingFace = details(
  {
    id: 18,
    title: 'Deep Reinforcement Learning Course from Hugging Face',
    venue: 'Hugging Face',
    kind: 'course',
  },
  {
    links: [
      { kind: 'course', url: 'https://huggingface.co/learn/deep-rl-course/en/unit0/introduction' },
    ],
    sections: [['Others', 'Learning Course']],
  },
);

/** Every fixture, in the order a list would show them. */
export const samplePapers: PaperDetails[] = [
  arxivOnlyPaperWithAccentedAuthors,
  corporateAuthorPaper,
  titleWithLatexSpecials,
  firstOfTwoPapersCollidingOnKey,
  secondOfTwoPapersCollidingOnKey,
  titleWithInlineMath,
  neuripsPaperWithArxivVersion,
  natureJournalPaperWithoutArxiv,
  blogPostWithoutAuthors,
  courseFromHuggingFace,
];
