import { PaperCollections } from '../components/paper-collections';
import { CiteBox } from '../components/cite-box';
import { NotFound } from '../components/not-found';
import { ConceptLinks, Conflicts, Related } from '../components/paper-links';
import { formatDate } from '../paper-row';
import { pathTo } from '../route';
import { searchLink } from '../search-state';
import { useGql } from '../use-query';
import type { PaperAnswer } from '../paper-detail';

const LINK_FIELDS = 'relation confidence origin note evidence { field matchedText start end rule }';
const PAPER = `query Paper($id: ID!) {
  paper(id: $id) {
    id title year month published dateText venue arxivId doi kind listed abstract
    authors { name } links { kind url }
    sections { id path pillar { slug name } } pillars { slug name }
    algorithms { ${LINK_FIELDS} entity: algorithm { slug name } }
    rewards { ${LINK_FIELDS} entity: reward { slug name } }
    benchmarks { ${LINK_FIELDS} entity: benchmark { slug name } }
    paradigms { ${LINK_FIELDS} entity: paradigm { slug name } }
    conflicts { field keptValue keptSource otherValue otherSource }
    collections { id name }
  }
  related(paper: $id, first: 8) { score reason paper { id title year month } }
}`;

/** One paper: its facts, its concepts with evidence, conflicts, related papers and citations. */
export function PaperPage({ id }: { id: string }) {
  const [answer, reload] = useGql<PaperAnswer>(PAPER, { id });
  if (answer.state === 'loading') return <p aria-busy="true">Loading…</p>;
  if (answer.state === 'error') return <p role="alert">{answer.message}</p>;
  const { paper, related } = answer.data;
  if (!paper) return <NotFound what="paper" />;
  const texts = { title: paper.title, abstract: paper.abstract };
  return (
    <article class="paper-page">
      <h1 tabIndex={-1}>{paper.title}</h1>
      <p class="byline">
        {paper.authors.map((a, i) => (
          <span key={a.name}>
            {i > 0 && ', '}
            <a href={pathTo('author', a.name)}>{a.name}</a>
          </span>
        ))}
        {paper.authors.length === 0 && <span class="muted">Authors not known yet.</span>}
      </p>
      <dl class="facts">
        <dt>Date</dt>
        <dd>
          {paper.published ?? formatDate(paper)}
          {paper.dateText && <span class="muted"> (list says “{paper.dateText}”)</span>}
        </dd>
        <dt>Venue</dt>
        <dd>
          {paper.venue ? <a href={pathTo('venue', paper.venue)}>{paper.venue}</a> : 'preprint'}
        </dd>
        <dt>Links</dt>
        <dd class="links">
          {paper.arxivId && (
            <ExternalLink
              url={`https://arxiv.org/abs/${paper.arxivId}`}
              label={`arXiv:${paper.arxivId}`}
            />
          )}
          {paper.doi && (
            <ExternalLink url={`https://doi.org/${paper.doi}`} label={`doi:${paper.doi}`} />
          )}
          {paper.links
            .filter((l) => l.kind !== 'arxiv')
            .map((l) => (
              <ExternalLink key={l.url} url={l.url} label={l.kind} />
            ))}
        </dd>
        <dt>Placed under</dt>
        <dd>
          <ul class="plain">
            {paper.sections.map((s) => (
              <li key={s.id}>
                {s.pillar && (
                  <>
                    <a href={searchLink({ pillars: [s.pillar.slug] })}>{s.pillar.name}</a> ›{' '}
                  </>
                )}
                <a href={searchLink({ sections: [s.id] })}>{s.path.join(' › ')}</a>
              </li>
            ))}
          </ul>
          {!paper.listed && <p class="muted">No list places this paper any more.</p>}
        </dd>
      </dl>
      <PaperCollections
        paperId={paper.id}
        title={paper.title}
        collections={paper.collections}
        onChange={reload}
      />
      {paper.abstract && (
        <section aria-labelledby="abstract-heading">
          <h2 id="abstract-heading">Abstract</h2>
          <p>{paper.abstract}</p>
        </section>
      )}
      <section aria-labelledby="concepts-heading">
        <h2 id="concepts-heading">Concepts, with evidence</h2>
        <ConceptLinks title="Algorithms" kind="algorithm" links={paper.algorithms} texts={texts} />
        <ConceptLinks title="Rewards" kind="reward" links={paper.rewards} texts={texts} />
        <ConceptLinks title="Benchmarks" kind="benchmark" links={paper.benchmarks} texts={texts} />
        <ConceptLinks title="Paradigms" kind="paradigm" links={paper.paradigms} texts={texts} />
      </section>
      <Conflicts conflicts={paper.conflicts} />
      <Related related={related ?? []} />
      <CiteBox paperId={paper.id} />
    </article>
  );
}

function ExternalLink({ url, label }: { url: string; label: string }) {
  return (
    <a href={url} rel="noopener noreferrer" target="_blank">
      {label}
      <span class="sr-only"> (opens a new tab)</span>
    </a>
  );
}
