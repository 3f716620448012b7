import {
  vulnerableGroups as contractGroups,
  errorCodes,
  terminalTicketStatuses,
  ticketStatuses,
} from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { codeForStatus, parseErrorBody, toApiError } from './api-error';
import { isTerminalStatus, knownErrorCodes, vulnerableGroups } from './contract-values';

describe('parseErrorBody', () => {
  it('reads the contract error body, with its field', () => {
    expect(parseErrorBody({ error: { code: 'validation_failed', message: 'bad', field: 'name' } })).toEqual({
      code: 'validation_failed',
      message: 'bad',
      field: 'name',
    });
  });

  it('keeps details the interface can word itself, and drops anything else', () => {
    const body = {
      error: { code: 'tenant_closed', message: 'closed', details: { opens: '08:00', day: 1, bad: {} } },
    };
    expect(parseErrorBody(body)?.details).toEqual({ opens: '08:00', day: 1 });
  });

  it.each([null, 'text', { error: 'x' }, { error: { code: 'made_up', message: 'm' } }, {}])(
    'refuses %j',
    (body) => {
      expect(parseErrorBody(body)).toBeNull();
    },
  );
});

describe('toApiError', () => {
  it('keeps code, field and status of a JSON error answer', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'ticket_not_found', message: 'no' } }), {
      status: 404,
      headers: { 'content-type': 'application/json' },
    });
    const error = await toApiError(response);
    expect([error.code, error.field, error.status]).toEqual(['ticket_not_found', undefined, 404]);
  });

  it('falls back on the status when the body is not the contract (a proxy page)', async () => {
    const error = await toApiError(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(error.code).toBe('unavailable');
  });

  it.each([
    [401, 'unauthenticated'],
    [404, 'not_found'],
    [409, 'conflict'],
    [415, 'unsupported_media_type'],
    [429, 'rate_limited'],
    [500, 'internal'],
    [418, 'bad_request'],
  ] as const)('maps a bare %i to %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});

describe('the mirrored contract values', () => {
  it('match the contract', () => {
    expect([...knownErrorCodes].sort()).toEqual([...errorCodes].sort());
    expect([...vulnerableGroups].sort()).toEqual([...contractGroups].sort());
    expect(ticketStatuses.filter(isTerminalStatus).sort()).toEqual([...terminalTicketStatuses].sort());
  });
});
