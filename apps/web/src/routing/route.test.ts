import { describe, expect, it } from 'vitest';
import { adminHref, adminSections, parseRoute, ticketHref } from './route';

describe('parseRoute', () => {
  it.each([
    ['/', '', { page: 'citizen' }],
    ['', '', { page: 'citizen' }],
    ['/officer', '', { page: 'officer' }],
    ['/officer/', '', { page: 'officer' }],
    ['/ticket/t-42', '#s3cret', { page: 'ticket', ticketId: 't-42', accessKey: 's3cret' }],
    ['/ticket/t-42/', '#s3cret', { page: 'ticket', ticketId: 't-42', accessKey: 's3cret' }],
    ['/ticket/t-42', '', { page: 'ticket', ticketId: 't-42', accessKey: null }],
    ['/ticket/t-42', '#', { page: 'ticket', ticketId: 't-42', accessKey: null }],
    ['/ticket/a%20b', '#k%2Fey', { page: 'ticket', ticketId: 'a b', accessKey: 'k/ey' }],
    ['/ticket/', '#key', { page: 'not_found' }],
    ['/ticket/a/b', '#key', { page: 'not_found' }],
    ['/ticket/%E0%A4%A', '#key', { page: 'not_found' }],
    ['/supervisor', '', { page: 'supervisor', tenantCode: null }],
    ['/supervisor/', '', { page: 'supervisor', tenantCode: null }],
    ['/supervisor/tenants/DKC', '', { page: 'supervisor', tenantCode: 'DKC' }],
    ['/supervisor/tenants/', '', { page: 'not_found' }],
    ['/supervisor/tenants/%E0%A4%A', '', { page: 'not_found' }],
    ['/supervisor/other', '', { page: 'not_found' }],
    ['/admin', '', { page: 'admin', section: 'accounts' }],
    ['/admin/', '', { page: 'admin', section: 'accounts' }],
    ['/admin/tenants', '', { page: 'admin', section: 'tenants' }],
    ['/admin/services', '', { page: 'admin', section: 'services' }],
    ['/admin/audit/', '', { page: 'admin', section: 'audit' }],
    ['/admin/accounts', '', { page: 'not_found' }],
    ['/admin/other', '', { page: 'not_found' }],
    ['/admin/audit/x', '', { page: 'not_found' }],
  ] as const)('%s%s', (pathname, hash, expected) => {
    expect(parseRoute(pathname, hash)).toEqual(expected);
  });

  it('reads back what ticketHref writes', () => {
    const href = ticketHref('id/with space', 'key#with=chars');
    const hashAt = href.indexOf('#');
    expect(parseRoute(href.slice(0, hashAt), href.slice(hashAt))).toEqual({
      page: 'ticket',
      ticketId: 'id/with space',
      accessKey: 'key#with=chars',
    });
  });

  it.each(adminSections)('reads back the admin section %s', (section) => {
    expect(parseRoute(adminHref(section))).toEqual({ page: 'admin', section });
  });

  it('keeps the key in the fragment, out of the path sent to the server', () => {
    expect(ticketHref('T1', 'abc')).toBe('/ticket/T1#abc');
  });
});
