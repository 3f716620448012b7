// The app's pages and how a location maps to them. Pure, so it is unit-tested.

export type Route =
  | { page: 'citizen' }
  | { page: 'ticket'; ticketId: string; accessKey: string | null }
  | { page: 'officer' }
  | { page: 'supervisor'; tenantCode: string | null }
  | { page: 'admin'; section: AdminSection }
  | { page: 'not_found' };

/** The admin page's sections, each at its own address (`/admin` is the accounts). */
export const adminSections = ['accounts', 'tenants', 'services', 'audit'] as const;
export type AdminSection = (typeof adminSections)[number];

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
  if (path === '/supervisor') return { page: 'supervisor', tenantCode: null };
  if (path === '/admin') return { page: 'admin', section: 'accounts' };
  const admin = /^\/admin\/([a-z]+)$/.exec(path);
  if (admin?.[1] !== undefined) {
    const section = adminSections.find((name) => name === admin[1]);
    return section === undefined || section === 'accounts'
      ? { page: 'not_found' }
      : { page: 'admin', section };
  }
  const tenant = /^\/supervisor\/tenants\/([^/]+)$/.exec(path);
  if (tenant?.[1] !== undefined) {
    const tenantCode = decode(tenant[1]);
    return tenantCode === null || tenantCode === ''
      ? { page: 'not_found' }
      : { page: 'supervisor', tenantCode };
  }
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

/** A tenant's drill-down on the supervisor's page. */
export function supervisorTenantHref(tenantCode: string): string {
  return `/supervisor/tenants/${encodeURIComponent(tenantCode)}`;
}

/** A section of the admin page. */
export function adminHref(section: AdminSection): string {
  return section === 'accounts' ? '/admin' : `/admin/${section}`;
}
