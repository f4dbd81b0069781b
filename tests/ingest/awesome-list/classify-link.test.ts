import { describe, expect, it } from 'vitest';
import { classifyLink } from '../../../ingest/awesome-list/classify-link';

describe('when a link has a label', () => {
  it.each([
    ['arXiv', 'https://arxiv.org/abs/2503.07365', 'arxiv'],
    ['Paper', 'https://arxiv.org/abs/2503.07365', 'arxiv'],
    ['Paper', 'https://doi.org/10.1145/1', 'doi'],
    ['Star', 'https://github.com/org/repo', 'code'],
    ['[Code]', 'https://gitlab.com/org/repo', 'code'],
    ['Website', 'https://huggingface.co/datasets/org/data', 'project'],
    ['Project Page', 'https://example.org', 'project'],
    ['PDF', 'https://example.org/x', 'paper'],
    ['Model', 'https://example.org/x', 'model'],
    ['Dataset', 'https://example.org/x', 'dataset'],
    ['Blog', 'https://example.org/x', 'blog'],
  ])('returns the kind "%s" names for %s', (label, url, kind) => {
    expect(classifyLink(url, label)).toEqual({ kind });
  });

  it('returns the URL kind and a mismatch when arXiv or Star labels point elsewhere', () => {
    expect(classifyLink('https://openreview.net/pdf?id=x', 'arXiv')).toMatchObject({
      kind: 'paper',
      mismatch: expect.stringContaining('openreview.net'),
    });
    expect(classifyLink('https://org.github.io/repo', 'Star')).toMatchObject({
      kind: 'web',
      mismatch: expect.stringContaining('code host'),
    });
  });
});

describe('when a link has no label', () => {
  it.each([
    ['https://www.arxiv.org/pdf/2508.06571', 'arxiv'],
    ['https://github.com/org/repo', 'code'],
    ['https://huggingface.co/datasets/org/data', 'dataset'],
    ['https://huggingface.co/org/model', 'model'],
    ['https://huggingface.co/spaces/org/demo', 'project'],
    ['https://huggingface.co/learn/deep-rl-course', 'course'],
    ['https://huggingface.co/papers/2505.12493', 'web'],
    ['https://doi.org/10.1145/1', 'doi'],
    ['https://dl.acm.org/doi/10.5555/3737916.3742342', 'paper'],
    ['https://www.nature.com/articles/s41586-025-08744-2.pdf', 'paper'],
    ['https://link.springer.com/article/1', 'paper'],
    ['https://www.sciencedirect.com/science/article/pii/1', 'paper'],
    ['https://openaccess.thecvf.com/content/x.html', 'paper'],
    ['https://proceedings.mlr.press/v1/x.html', 'paper'],
    ['https://medium.com/@someone/post', 'blog'],
    ['https://example.org/page', 'web'],
    ['not a url', 'web'],
  ])('returns the kind the host of %s implies', (url, kind) => {
    expect(classifyLink(url).kind).toBe(kind);
  });
});
