import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubCitationApi {
  baseUrl: string;
  /** Paths and queries asked, in order. */
  requests: string[];
  close(): Promise<void>;
}

const ppoPaper = {
  paperId: 'a'.repeat(40),
  title: 'Proximal Policy Optimization Algorithms',
  year: 2017,
  externalIds: { ArXiv: '1707.06347' },
};
const flowGrpo = {
  paperId: 'b'.repeat(40),
  title: 'Flow-GRPO',
  year: 2025,
  externalIds: { ArXiv: '2505.05470' },
};

/**
 * A local stand-in for the Semantic Scholar Graph API and OpenAlex, answering in their published
 * shapes: two pages of references for 2503.07365 (the first request is refused with a 429 to
 * exercise the retry), OpenAlex works for 2503.07365 and 2505.05470, 404 for anything else.
 */
export async function startStubCitationApi(): Promise<StubCitationApi> {
  const requests: string[] = [];
  let refused = false;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stub');
    requests.push(`${url.pathname}${url.search}`);
    const json = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/s2/paper/ARXIV:2503.07365/references') {
      if (!refused) {
        refused = true;
        response.writeHead(429, { 'retry-after': '0' });
        return response.end('Too Many Requests');
      }
      return url.searchParams.get('offset') === '0'
        ? json(200, {
            offset: 0,
            next: 1,
            data: [
              {
                contexts: ['like PPO [3]'],
                intents: ['methodology'],
                isInfluential: true,
                citedPaper: ppoPaper,
              },
            ],
          })
        : json(200, {
            offset: 1,
            data: [{ contexts: [], intents: [], isInfluential: false, citedPaper: flowGrpo }],
          });
    }
    if (url.pathname === '/openalex/works/doi:10.48550/arxiv.2503.07365') {
      return json(200, {
        id: 'https://openalex.org/W100',
        doi: 'https://doi.org/10.48550/arxiv.2503.07365',
        title: 'MM-Eureka',
        publication_year: 2025,
        referenced_works: ['https://openalex.org/W200', 'https://openalex.org/W300'],
      });
    }
    if (url.pathname === '/openalex/works/doi:10.48550/arxiv.2505.05470') {
      return json(200, {
        id: 'https://openalex.org/W200',
        doi: 'https://doi.org/10.48550/arxiv.2505.05470',
        title: 'Flow-GRPO',
        publication_year: 2025,
        referenced_works: ['https://openalex.org/W300'],
      });
    }
    json(404, { error: 'Paper not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
