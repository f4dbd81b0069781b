import type { Db } from '../../src/store/database';
import { PaperIndex } from '../../src/search/paper-index';
import type { AppOptions } from '../../src/server/app';
import { createApp } from '../../src/server/app';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A yoga app over `db`, queried through `yoga.fetch` (no port). */
export function createTestApp(db: Db, options: Omit<AppOptions, 'db' | 'index'> = {}) {
  const app = createApp({ db, index: PaperIndex.open(db), ...options });
  const { yoga } = app;
  async function query<T = Record<string, unknown>>(
    document: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: document, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }
  return { yoga, query, app };
}

/** A synthetic awesome-list with `count` entries spread over sections of every pillar. */
export function generateList(count: number): string {
  const sections = [
    'Multi-Modal Large Language Models with RL',
    'Visual Generation with RL',
    'RL for Unified Model',
    'Vision Language Action Models with RL',
  ];
  const lines = ['# Generated List', ''];
  sections.forEach((heading, s) => {
    lines.push(`### ${heading}`, '');
    for (let i = s; i < count; i += sections.length) {
      const id = `25${String((i % 12) + 1).padStart(2, '0')}.${String(10000 + i).padStart(5, '0')}`;
      lines.push(
        `+ [Paper number ${i}: learning things with GRPO variant ${i}](https://arxiv.org/abs/${id}) (2025, NeurIPS)`,
        `  [![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/${id})`,
        `  [![Star](https://img.shields.io/github/stars/org/repo${i}.svg?style=social&label=Star)](https://github.com/org/repo${i})`,
        '',
      );
    }
  });
  return lines.join('\n');
}
