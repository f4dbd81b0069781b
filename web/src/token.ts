/** The write token lives in this tab's sessionStorage only: closing the tab forgets it. */
const KEY = 'surveygraph.writeToken';

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
  window.dispatchEvent(new Event('surveygraph:token'));
}
