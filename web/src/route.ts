import { useEffect, useState } from 'preact/hooks';

/** Where the UI is: the path and its query string; the URL holds the whole state. */
export interface Route {
  path: string;
  params: URLSearchParams;
}

function currentRoute(): Route {
  return { path: location.pathname, params: new URLSearchParams(location.search) };
}

/** Goes to an in-app URL; `replace` keeps the back button for real steps only. */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  window.dispatchEvent(new Event('surveygraph:navigate'));
}

/** The current route, updated on navigate() and on the back/forward buttons. */
export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('popstate', update);
    window.addEventListener('surveygraph:navigate', update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener('surveygraph:navigate', update);
    };
  }, []);
  return route;
}

/**
 * Turns clicks on same-origin links into history steps without a reload. Modified clicks (new
 * tab), downloads and external links keep the browser's behaviour.
 */
export function interceptLinkClicks(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || anchor.hasAttribute('download') || anchor.target === '_blank') return;
  const url = new URL(anchor.href, location.href);
  if (url.origin !== location.origin) return;
  if (url.pathname.startsWith('/graphql') || url.pathname.startsWith('/export')) return;
  event.preventDefault();
  if (url.pathname + url.search !== location.pathname + location.search) {
    navigate(url.pathname + url.search + url.hash);
  }
}

/** `/paper/<id>` style paths with each segment encoded. */
export function pathTo(...segments: string[]): string {
  return `/${segments.map(encodeURIComponent).join('/')}`;
}
