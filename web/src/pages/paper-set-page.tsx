import { PaperList } from '../components/paper-list';
import type { PaperRow } from '../paper-row';
import { PAPER_ROW_FIELDS } from '../paper-row';
import { useGql } from '../use-query';

const NODES = `query PaperSet($ids: [ID!]!) { nodes(ids: $ids) { ... on Paper { ${PAPER_ROW_FIELDS} } } }`;

/** Papers given by id (a figure's cell or bar links here), e.g. `/papers?ids=…&title=…`. */
export function PaperSetPage({ params }: { params: URLSearchParams }) {
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const title = params.get('title') ?? 'Papers';
  const [answer] = useGql<{ nodes: (PaperRow | null)[] }>(NODES, { ids });
  return (
    <div>
      <h1 tabIndex={-1}>{title}</h1>
      {answer.state === 'loading' && <p aria-busy="true">Loading…</p>}
      {answer.state === 'error' && <p role="alert">{answer.message}</p>}
      {answer.state === 'done' && (
        <>
          <p>
            <span data-testid="total">{answer.data.nodes.filter(Boolean).length}</span> papers
          </p>
          <PaperList papers={answer.data.nodes.filter((n): n is PaperRow => Boolean(n?.id))} />
        </>
      )}
    </div>
  );
}

/** A link to the papers behind a figure's mark. */
export function paperSetLink(ids: readonly string[], title: string): string {
  return `/papers?${new URLSearchParams({ title, ids: ids.join(',') }).toString()}`;
}
