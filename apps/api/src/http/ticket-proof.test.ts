// Proof of work on ticket creation, through HTTP against a real Redis: a solved challenge takes one
// ticket; a missing, malformed, forged, wrong, expired or reused proof is refused naming `proof`,
// and nothing is created. With the proof switched off, tickets need none, and the API says so.
import type { ErrorBody, TicketChallenge } from '@vp/contract';
import { ManualClock } from '@vp/engine';
import { createChallenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiTestServer, startApiTestServer } from '../../../../test/support/api-test-server';
import { captureLogs } from '../../../../test/support/log-capture';
import {
  fetchTicketChallenge,
  fetchTicketProof,
  solveTicketChallenge,
} from '../../../../test/support/ticket-proof-solver';
import { ticketProofLifetimeSeconds } from './ticket-proof';

type RequiredChallenge = Extract<TicketChallenge, { required: true }>;

const encode = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString('base64');
const decode = (proof: string) =>
  JSON.parse(Buffer.from(proof, 'base64').toString('utf8')) as {
    challenge: RequiredChallenge['challenge'];
    solution: { counter: number; derivedKey: string };
  };

function postTicket(api: ApiTestServer, extra: Record<string, unknown>): Promise<Response> {
  return fetch(`${api.url}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...api.service, name: 'Siti Rahmawati', ...extra }),
  });
}

describe('ticket proof of work, switched on', () => {
  let api: ApiTestServer;
  const clock = new ManualClock(Date.now());

  beforeAll(async () => {
    api = await startApiTestServer({ env: { TICKET_PROOF: 'on' }, clock });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Asserts a refusal naming `proof` for `reason`, and that nothing was stored or queued. */
  async function expectRefused(extra: Record<string, unknown>, reason: string): Promise<void> {
    const before = await api.countFootprint();
    const response = await postTicket(api, extra);
    const answer = (await response.json()) as ErrorBody;

    expect(response.status).toBe(422);
    expect(answer.error).toMatchObject({ code: 'proof_rejected', field: 'proof', details: { reason } });
    expect(await api.countFootprint()).toEqual(before);
  }

  it('hands out a fresh, signed, short-lived challenge that no cache may keep', async () => {
    const response = await fetch(`${api.url}/api/tickets/challenge`);
    const first = (await response.json()) as RequiredChallenge;
    const second = await fetchTicketChallenge(api.url);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(first).toMatchObject({ required: true, expiresInSeconds: ticketProofLifetimeSeconds });
    expect(first.challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(first.challenge.parameters.expiresAt).toBe(
      Math.floor(clock.now() / 1000) + ticketProofLifetimeSeconds,
    );
    expect(second.challenge.signature).not.toBe(first.challenge.signature);
  });

  it('takes a ticket with a solved challenge', async () => {
    const response = await postTicket(api, { proof: await fetchTicketProof(api.url) });

    expect(response.status).toBe(201);
    const { ticket } = (await response.json()) as { ticket: { id: string; status: string } };
    expect(ticket.status).toBe('waiting');
  });

  it('says so on /api/health', async () => {
    const health = (await (await fetch(`${api.url}/api/health`)).json()) as { ticketProof: string };
    expect(health.ticketProof).toBe('on');
  });

  it('refuses a ticket without a proof', async () => {
    await expectRefused({}, 'missing');
  });

  it.each([
    ['an empty proof', ''],
    ['a proof that is not base64', 'not base64!'],
    ['base64 of something that is not JSON', Buffer.from('{"challenge":').toString('base64')],
    ['base64 of JSON of another shape', encode({ challenge: 'x', solution: 1 })],
  ])('refuses %s', async (_case, proof) => {
    const before = await api.countFootprint();
    const response = await postTicket(api, { proof });
    const answer = (await response.json()) as ErrorBody;

    expect(response.status).toBe(422);
    expect(answer.error.field).toBe('proof');
    expect(['validation_failed', 'proof_rejected']).toContain(answer.error.code);
    expect(await api.countFootprint()).toEqual(before);
  });

  it('refuses a proof of a challenge the plaza did not sign', async () => {
    const forged = await createChallenge({
      algorithm: 'PBKDF2/SHA-256',
      cost: 1_000,
      counter: 5,
      deriveKey,
      expiresAt: Math.floor(clock.now() / 1000) + 60,
      hmacSignatureSecret: 'a-key-that-is-not-the-plazas-own-key-at-all',
    });
    const solution = await solveChallenge({ challenge: forged, deriveKey });
    await expectRefused({ proof: encode({ challenge: forged, solution }) }, 'invalid');
  });

  it('refuses a solved challenge whose parameters were changed', async () => {
    const payload = decode(await fetchTicketProof(api.url));
    // A later expiry would let a stock of solutions last: the signature must catch it.
    const parameters = {
      ...payload.challenge.parameters,
      expiresAt: Math.floor(clock.now() / 1000) + 86_400,
    };
    await expectRefused(
      { proof: encode({ ...payload, challenge: { ...payload.challenge, parameters } }) },
      'invalid',
    );
  });

  it('refuses a wrong solution', async () => {
    const payload = decode(await fetchTicketProof(api.url));
    const wrongKey = { ...payload.solution, derivedKey: 'ab'.repeat(32) };
    await expectRefused({ proof: encode({ ...payload, solution: wrongKey }) }, 'invalid');
  });

  it('refuses an unsolved challenge', async () => {
    const { challenge } = await fetchTicketChallenge(api.url);
    await expectRefused(
      { proof: encode({ challenge, solution: { counter: 0, derivedKey: '00'.repeat(32) } }) },
      'invalid',
    );
  });

  it('refuses a proof whose challenge expired', async () => {
    const proof = await solveTicketChallenge((await fetchTicketChallenge(api.url)).challenge);
    clock.advance((ticketProofLifetimeSeconds + 1) * 1000);
    try {
      await expectRefused({ proof }, 'expired');
    } finally {
      clock.advance(-(ticketProofLifetimeSeconds + 1) * 1000);
    }
  });

  it('takes one ticket per proof: a replay is refused and changes nothing', async () => {
    const proof = await fetchTicketProof(api.url);
    expect((await postTicket(api, { proof })).status).toBe(201);

    await expectRefused({ proof }, 'used');
  });

  it('takes one ticket when the same proof is sent twice at once', async () => {
    const proof = await fetchTicketProof(api.url);
    const statuses = await Promise.all([postTicket(api, { proof }), postTicket(api, { proof })]).then(
      (answers) => answers.map((answer) => answer.status).sort(),
    );

    expect(statuses).toEqual([201, 422]);
  });

  it('keeps a spent proof only until its challenge expires', async () => {
    const proof = await fetchTicketProof(api.url);
    expect((await postTicket(api, { proof })).status).toBe(201);
    const { signature } = decode(proof).challenge;
    const ttlMs = await api.plaza.context.redis.pTTL(api.plaza.context.keys.usedTicketProof(signature));

    expect(ttlMs).toBeGreaterThan(0);
    expect(ttlMs).toBeLessThanOrEqual(ticketProofLifetimeSeconds * 1000);
  });
});

describe('ticket proof of work, switched off', () => {
  let api: ApiTestServer;
  const { logger, entries } = captureLogs();

  beforeAll(async () => {
    api = await startApiTestServer({ env: { TICKET_PROOF: 'off' }, logger });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('takes a ticket without a proof', async () => {
    expect((await postTicket(api, {})).status).toBe(201);
  });

  it('says so: a warning at start, /api/health and the challenge route', async () => {
    const health = (await (await fetch(`${api.url}/api/health`)).json()) as { ticketProof: string };
    const challenge = (await (await fetch(`${api.url}/api/tickets/challenge`)).json()) as TicketChallenge;

    expect(
      entries.some((entry) => entry.level === 'warn' && /proof of work is OFF/.test(entry.message)),
    ).toBe(true);
    expect(health.ticketProof).toBe('off');
    expect(challenge).toEqual({ required: false });
  });
});
