import type { PaperRow } from '../paper-row';
import { formatDate, hasCode } from '../paper-row';
import { pathTo } from '../route';
import { searchLink } from '../search-state';
import { AddToCollection } from './add-to-collection';

/** A list of papers as result rows: title link, authors, date, venue, pillars, code/arXiv links. */
export function PaperList({ papers, start = 1 }: { papers: PaperRow[]; start?: number }) {
  if (papers.length === 0) return <p class="empty">No papers.</p>;
  return (
    <ol class="papers" start={start} data-testid="paper-list">
      {papers.map((paper) => (
        <PaperItem key={paper.id} paper={paper} />
      ))}
    </ol>
  );
}

const MAX_AUTHORS = 6;

export function PaperItem({ paper }: { paper: PaperRow }) {
  const authors = paper.authors.slice(0, MAX_AUTHORS);
  const code = paper.links.find((l) => l.kind === 'code');
  return (
    <li class="paper">
      <a class="paper-title" href={pathTo('paper', paper.id)}>
        {paper.title}
      </a>
      <div class="paper-meta">
        <span>{formatDate(paper)}</span>
        {paper.venue && (
          <a href={pathTo('venue', paper.venue)} class="venue">
            {paper.venue}
          </a>
        )}
        {paper.pillars.map((p) => (
          <a key={p.slug} class="tag" href={searchLink({ pillars: [p.slug] })}>
            {p.name}
          </a>
        ))}
        {hasCode(paper) && code && (
          <a href={code.url} rel="noopener noreferrer" target="_blank">
            code<span class="sr-only"> for {paper.title} (opens a new tab)</span>
          </a>
        )}
        {paper.arxivId && (
          <a
            href={`https://arxiv.org/abs/${paper.arxivId}`}
            rel="noopener noreferrer"
            target="_blank"
          >
            arXiv:{paper.arxivId}
          </a>
        )}
      </div>
      {authors.length > 0 && (
        <div class="paper-authors">
          {authors.map((a, i) => (
            <span key={a.name}>
              {i > 0 && ', '}
              <a href={pathTo('author', a.name)}>{a.name}</a>
            </span>
          ))}
          {paper.authors.length > MAX_AUTHORS && ` and ${paper.authors.length - MAX_AUTHORS} more`}
        </div>
      )}
      <AddToCollection paperId={paper.id} title={paper.title} />
    </li>
  );
}
