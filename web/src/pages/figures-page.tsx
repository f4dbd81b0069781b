import { AlgorithmTreeFigure } from '../figures/algorithm-tree-figure';
import { CoOccurrenceFigure } from '../figures/co-occurrence-figure';
import { MatrixFigure } from '../figures/matrix-figure';
import { TaxonomyFigure } from '../figures/taxonomy-figure';
import { TimelineFigure } from '../figures/timeline-figure';
import { NotFound } from '../components/not-found';

const FIGURES = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'taxonomy', label: 'Taxonomy' },
  { id: 'matrix', label: 'Heatmap' },
  { id: 'algorithms', label: 'Algorithm families' },
  { id: 'co-occurrence', label: 'Co-occurrence' },
];

/** The survey's figures, drawn live from the API. */
export function FiguresPage({ figure, params }: { figure: string; params: URLSearchParams }) {
  if (!FIGURES.some((f) => f.id === figure)) return <NotFound what="figure" />;
  return (
    <div class="figures-page">
      <h1 tabIndex={-1}>Figures</h1>
      <nav aria-label="Figures" class="tabs">
        <ul>
          {FIGURES.map((f) => (
            <li key={f.id}>
              <a href={`/figures/${f.id}`} aria-current={f.id === figure ? 'page' : undefined}>
                {f.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {figure === 'timeline' && <TimelineFigure params={params} />}
      {figure === 'taxonomy' && <TaxonomyFigure />}
      {figure === 'matrix' && <MatrixFigure params={params} />}
      {figure === 'algorithms' && <AlgorithmTreeFigure />}
      {figure === 'co-occurrence' && <CoOccurrenceFigure params={params} />}
    </div>
  );
}
