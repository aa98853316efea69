// The address is the state: `#/<view>?<params>`, so every view and filter can be shared as a link.

export type View = 'home' | 'search' | 'region' | 'document' | 'problems';

export interface Route {
  view: View;
  params: URLSearchParams;
}

const views: readonly View[] = ['home', 'search', 'region', 'document', 'problems'];

/** The evidence panel's state rides along in any view: `ev=<reportId>|<start>|<end>`. */
export const evidenceParam = 'ev';

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/u, '');
  const q = raw.indexOf('?');
  const path = decodeURIComponent(q < 0 ? raw : raw.slice(0, q));
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const view = (views as readonly string[]).includes(path) ? (path as View) : 'home';
  return { view, params };
}

export function href(view: View, params: Record<string, string | number | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `#/${view}${qs ? `?${qs}` : ''}`;
}

export function routeHref(route: Route): string {
  const qs = route.params.toString();
  return `#/${route.view}${qs ? `?${qs}` : ''}`;
}

/** The route without the evidence panel, to tell a view change from opening or closing evidence. */
export function viewKey(route: Route): string {
  const params = new URLSearchParams(route.params);
  params.delete(evidenceParam);
  params.sort();
  return `${route.view}?${params.toString()}`;
}

/** Changes one view's params in place (filters): the address updates, history gets one entry. */
export function withParams(route: Route, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(route.params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') params.delete(key);
    else params.set(key, value);
  }
  return routeHref({ view: route.view, params });
}
