import { useEffect } from 'preact/hooks';
import { CollectionPage, CollectionsPage } from './pages/collections-page';
import { LazyFiguresPage } from './lazy-figures';
import { EntityPage } from './pages/entity-page';
import { NotFound } from './components/not-found';
import { PaperPage } from './pages/paper-page';
import { PaperSetPage } from './pages/paper-set-page';
import { SearchPage } from './pages/search-page';
import type { Route } from './route';
import { useRoute } from './route';
import { readSearchState } from './search-state';

const NAV = [
  { href: '/', label: 'Search', match: (p: string) => p === '/' },
  { href: '/figures', label: 'Figures', match: (p: string) => p.startsWith('/figures') },
  {
    href: '/collections',
    label: 'Collections',
    match: (p: string) => p.startsWith('/collections'),
  },
];

export function App() {
  const route = useRoute();
  useEffect(() => {
    // A new page: move focus to its heading so screen readers announce it, and start at the top.
    window.scrollTo(0, 0);
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading && document.activeElement === document.body) heading.focus();
  }, [route.path]);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <a class="brand" href="/">
          surveygraph
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href} aria-current={item.match(route.path) ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
            <li>
              <a href="/graphql" target="_blank" rel="noopener">
                GraphiQL
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main">
        <Page route={route} />
      </main>
    </>
  );
}

function Page({ route }: { route: Route }) {
  const [first = '', second, ...rest] = route.path
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  if (rest.length > 0) return <NotFound what="page" />;
  if (first === '') return <SearchPage state={readSearchState(route.params)} />;
  if (first === 'paper' && second) return <PaperPage key={second} id={second} />;
  if (first === 'papers') return <PaperSetPage params={route.params} />;
  if (first === 'figures')
    return <LazyFiguresPage figure={second ?? 'timeline'} params={route.params} />;
  if (first === 'collections')
    return second ? <CollectionPage name={second} /> : <CollectionsPage />;
  if (second && ['author', 'venue', 'algorithm', 'reward', 'benchmark'].includes(first)) {
    return <EntityPage key={`${first}/${second}`} kind={first as 'author'} name={second} />;
  }
  return <NotFound what="page" />;
}
