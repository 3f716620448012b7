// The app's three pages and how a location maps to them. Pure, so it is unit-tested.

export type Route =
  | { page: 'citizen' }
  | { page: 'ticket'; ticketId: string; accessKey: string | null }
  | { page: 'officer' }
  | { page: 'not_found' };

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Maps a pathname and hash to a page. The ticket's access key travels in the fragment
 * (`/ticket/<id>#<key>`) so it never reaches a server log.
 */
export function parseRoute(pathname: string, hash = ''): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') return { page: 'citizen' };
  if (path === '/officer') return { page: 'officer' };
  const match = /^\/ticket\/([^/]+)$/.exec(path);
  const ticketId = match?.[1] === undefined ? null : decode(match[1]);
  if (ticketId === null || ticketId === '') return { page: 'not_found' };
  const rawKey = hash.startsWith('#') ? hash.slice(1) : hash;
  const accessKey = rawKey === '' ? null : decode(rawKey);
  return { page: 'ticket', ticketId, accessKey: accessKey === '' ? null : accessKey };
}

/** The ticket link: path plus the access key in the fragment. */
export function ticketHref(ticketId: string, accessKey: string): string {
  return `/ticket/${encodeURIComponent(ticketId)}#${encodeURIComponent(accessKey)}`;
}
