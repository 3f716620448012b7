// An API under test with the demo admin (`admin1`) signed in, fresh for every test, for the admin
// route tests: signed-in calls, the audit log, and the shape of a refusal.
import type { AuditEntry, ErrorBody } from '@vp/contract';
import { afterEach, beforeEach, expect } from 'vitest';
import { callAs, signInAccount } from './account-client';
import { type ApiTestServer, startApiTestServer } from './api-test-server';

export interface SignedInAdmin {
  /** The API of the running test (after `beforeEach`). */
  readonly api: ApiTestServer;
  /** The admin's session id (after `beforeEach`). */
  readonly session: string;
  /** A request to `/api<path>` as the admin, with a JSON body when one is given. */
  call(method: string, path: string, body?: unknown): Promise<Response>;
  /** The audit log (its last 500 entries); the test fails unless it is read. */
  audit(): Promise<AuditEntry[]>;
}

/** Registers hooks that start an API and sign the admin in before each test, and close it after. */
export function useSignedInAdmin(): SignedInAdmin {
  let api: ApiTestServer | undefined;
  let session = '';

  beforeEach(async () => {
    api = await startApiTestServer();
    session = await signInAccount(api, 'admin1');
  });
  afterEach(async () => {
    await api?.close();
  });

  const running = () => {
    if (!api) throw new Error('the API under test is not running (use it inside a test)');
    return api;
  };
  const call = (method: string, path: string, body?: unknown) =>
    callAs(running(), session, method, path, body);
  return {
    get api() {
      return running();
    },
    get session() {
      return session;
    },
    call,
    async audit() {
      const response = await call('GET', '/admin/audit?limit=500');
      expect(response.status).toBe(200);
      return (await response.json()) as AuditEntry[];
    },
  };
}

/** Expects a refusal: its status and an error body matching `error`. */
export async function expectError(
  response: Response,
  status: number,
  error: Partial<ErrorBody['error']>,
): Promise<void> {
  expect(response.status).toBe(status);
  expect(((await response.json()) as ErrorBody).error).toMatchObject(error);
}
