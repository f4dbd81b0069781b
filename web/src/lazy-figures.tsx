import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type FiguresProps = { figure: string; params: URLSearchParams };

let loaded: ComponentType<FiguresProps> | null = null;

/**
 * The figures page with Observable Plot, loaded on first visit: it is most of the bundle, and the
 * search page (the first thing people open) does not need it.
 */
export function LazyFiguresPage(props: FiguresProps) {
  const [Page, setPage] = useState(() => loaded);
  const [failed, setFailed] = useState('');
  useEffect(() => {
    if (Page) return;
    import('./pages/figures-page').then(
      (module) => {
        loaded = module.FiguresPage;
        setPage(() => module.FiguresPage);
      },
      (error: unknown) => setFailed(String(error)),
    );
  }, [Page]);
  if (failed) return <p role="alert">The figures could not be loaded: {failed}</p>;
  return Page ? <Page {...props} /> : <p aria-busy="true">Loading…</p>;
}
