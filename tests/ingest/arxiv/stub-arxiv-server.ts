import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local stand-in for export.arxiv.org: 127.0.0.1, a free port, answers chosen per test. */
export interface StubArxivServer {
  baseUrl: string;
  /** The `id_list` of every request received, in order. */
  requests: string[][];
  /** How the next requests are answered; defaults to a feed with one entry per id. */
  answer: (ids: string[], request: IncomingMessage, response: ServerResponse) => void;
  close(): Promise<void>;
}

export async function startStubArxivServer(): Promise<StubArxivServer> {
  const stub: StubArxivServer = {
    baseUrl: '',
    requests: [],
    answer: answerWithFeed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const ids = (url.searchParams.get('id_list') ?? '').split(',').filter((id) => id !== '');
    stub.requests.push(ids);
    stub.answer(ids, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/query`;
  return stub;
}

export function answerWithFeed(ids: string[], _request: IncomingMessage, response: ServerResponse) {
  response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  response.end(atomFeedFor(ids));
}

export function answerWithFixture(name: string) {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return (_ids: string[], _request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' });
    response.end(text);
  };
}

/** A feed in the API's current layout with one minimal entry per id. */
export function atomFeedFor(ids: string[]): string {
  const entries = ids.map(
    (id) => `  <entry>
    <id>http://arxiv.org/abs/${id}v1</id>
    <title>Paper ${id}</title>
    <updated>2025-03-10T00:00:00Z</updated>
    <published>2025-03-10T00:00:00Z</published>
    <summary>About ${id}.</summary>
    <author><name>Ada Lovelace</name></author>
    <link href="https://arxiv.org/abs/${id}v1" rel="alternate" type="text/html"/>
    <arxiv:primary_category term="cs.CV"/>
    <category term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
  </entry>`,
  );
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/stub</id>
  <title>arXiv Query: id_list=${ids.join(',')}</title>
  <updated>2025-11-11T00:00:00Z</updated>
  <opensearch:totalResults>${ids.length}</opensearch:totalResults>
${entries.join('\n')}
</feed>
`;
}
