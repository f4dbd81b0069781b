import type { LinkKind } from '../../src/model/curation/survey-list';

/** Link and badge labels as lists write them, normalised to lower-case words. */
const LABEL_KINDS: Record<string, LinkKind> = {
  arxiv: 'arxiv',
  star: 'code',
  stars: 'code',
  code: 'code',
  github: 'code',
  gitlab: 'code',
  repo: 'code',
  repository: 'code',
  website: 'project',
  project: 'project',
  'project page': 'project',
  page: 'project',
  homepage: 'project',
  'home page': 'project',
  demo: 'project',
  paper: 'paper',
  pdf: 'paper',
  model: 'model',
  models: 'model',
  checkpoint: 'model',
  checkpoints: 'model',
  weights: 'model',
  dataset: 'dataset',
  datasets: 'dataset',
  data: 'dataset',
  blog: 'blog',
  doi: 'doi',
};

const CODE_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitee.com'];
const PUBLISHER_HOSTS = [
  'ieeexplore.ieee.org',
  'dl.acm.org',
  'openreview.net',
  'nature.com',
  'springer.com',
  'sciencedirect.com',
  'aclanthology.org',
  'openaccess.thecvf.com',
  'papers.nips.cc',
  'jmlr.org',
  'ojs.aaai.org',
  'ijcai.org',
  'science.org',
  'onlinelibrary.wiley.com',
  'tandfonline.com',
  'mdpi.com',
  'iopscience.iop.org',
  'pnas.org',
  'cell.com',
];
const BLOG_HOSTS = ['medium.com', 'substack.com', 'towardsai.net', 'zhuanlan.zhihu.com'];
const COURSE_HOSTS = ['coursera.org', 'edx.org', 'udacity.com'];
/** Hugging Face paths that are not `<org>/<model>`. */
const HF_RESERVED = new Set(['papers', 'docs', 'collections', 'organizations', 'models', 'posts']);

export interface LinkClass {
  kind: LinkKind;
  /** Set when the label promises something the URL is not (an `arXiv` badge on ACM). */
  mismatch?: string | undefined;
}

/**
 * Classifies a link by its label (badge alt or link text) and otherwise by its URL. A label
 * that names a host kind (`arXiv`, `Star`/`Code`) must agree with the URL, else the URL wins
 * and the disagreement is returned; `Paper`/`PDF` on arXiv or doi.org is arXiv or a DOI.
 */
export function classifyLink(url: string, label?: string): LinkClass {
  const byUrl = kindFromUrl(url);
  const byLabel = label === undefined ? undefined : kindFromLabel(label);
  if (byLabel === undefined) return { kind: byUrl };
  if ((byLabel === 'arxiv' || byLabel === 'code') && byUrl !== byLabel) {
    const expected = byLabel === 'arxiv' ? 'arxiv.org' : 'a code host';
    return {
      kind: byUrl,
      mismatch: `labelled "${label}" but points at ${describeHost(url)}, not ${expected}`,
    };
  }
  if (byLabel === 'paper' && (byUrl === 'arxiv' || byUrl === 'doi')) return { kind: byUrl };
  return { kind: byLabel };
}

export function kindFromLabel(label: string): LinkKind | undefined {
  const words = label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return LABEL_KINDS[words];
}

export function kindFromUrl(url: string): LinkKind {
  const parsed = safeUrl(url);
  if (!parsed) return 'web';
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  if (onHost(host, ['arxiv.org'])) return 'arxiv';
  if (onHost(host, ['doi.org'])) return 'doi';
  if (onHost(host, CODE_HOSTS)) return 'code';
  if (onHost(host, ['huggingface.co'])) return kindOnHuggingFace(path);
  if (isPublisherHost(host) || /\.pdf$/i.test(path)) return 'paper';
  if (onHost(host, COURSE_HOSTS)) return 'course';
  if (onHost(host, BLOG_HOSTS) || host.startsWith('blog.') || /\/blogs?\//i.test(path))
    return 'blog';
  return 'web';
}

/** Conference and journal sites: a link there is the published paper. */
export function isPublisherUrl(url: string): boolean {
  const parsed = safeUrl(url);
  return (
    parsed !== undefined &&
    (isPublisherHost(parsed.hostname.toLowerCase()) || onHost(parsed.hostname, ['doi.org']))
  );
}

function isPublisherHost(host: string): boolean {
  return onHost(host, PUBLISHER_HOSTS) || /^proceedings\./.test(host);
}

function kindOnHuggingFace(path: string): LinkKind {
  const [first, second] = path.split('/').filter(Boolean);
  if (first === 'datasets') return 'dataset';
  if (first === 'spaces') return 'project';
  if (first === 'learn') return 'course';
  if (first === 'blog') return 'blog';
  if (first !== undefined && second !== undefined && !HF_RESERVED.has(first)) return 'model';
  return 'web';
}

function onHost(host: string, domains: string[]): boolean {
  const lower = host.toLowerCase();
  return domains.some((domain) => lower === domain || lower.endsWith(`.${domain}`));
}

function describeHost(url: string): string {
  return safeUrl(url)?.hostname || url;
}

export function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
