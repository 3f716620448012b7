// The citizen's proof of work in the page, with the API and the Web Worker faked: prepared at once,
// each proof handed out once, a stale challenge replaced quietly, a refused proof retried once.
import type { TicketChallenge } from '@vp/contract';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import { sendWithProof, TicketProofSolver } from './ticket-proof';

const lifetimeSeconds = 300;
let issued = 0;

function challengeAnswer(required = true): TicketChallenge {
  issued += 1;
  if (!required) return { required: false };
  const parameters = {
    algorithm: 'PBKDF2/SHA-256',
    nonce: 'aa',
    salt: 'bb',
    cost: 1,
    keyLength: 32,
    keyPrefix: '00',
  };
  return {
    required: true,
    challenge: { parameters, signature: `sig-${issued}` },
    expiresInSeconds: lifetimeSeconds,
  };
}

/** Answers each posted challenge with a proof naming its signature, as the real worker would. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;

  constructor() {
    FakeWorker.created.push(this);
  }

  postMessage(request: { challenge: { signature: string } }): void {
    queueMicrotask(() => this.onmessage?.({ data: { proof: `proof-of-${request.challenge.signature}` } }));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('TicketProofSolver', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    issued = 0;
    FakeWorker.created = [];
    fetchMock.mockReset();
    fetchMock.mockImplementation(async () => json(challengeAnswer()));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('Worker', FakeWorker);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('fetches the challenge as soon as it is asked to prepare, before any submit', () => {
    new TicketProofSolver().prepare();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]?.[0])).toBe('/api/tickets/challenge');
  });

  it('hands out the prepared proof, and each proof only once', async () => {
    const solver = new TicketProofSolver();
    solver.prepare();

    expect(await solver.take()).toBe('proof-of-sig-1');
    expect(await solver.take()).toBe('proof-of-sig-2');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(FakeWorker.created.every((worker) => worker.terminated)).toBe(true);
  });

  it('replaces a challenge that went stale while the form sat open, quietly', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    const solver = new TicketProofSolver();
    solver.prepare();
    await Promise.resolve();
    vi.setSystemTime(1_000_000 + lifetimeSeconds * 1000);

    expect(await solver.take()).toBe('proof-of-sig-2');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('solves nothing while the plaza asks for no proof', async () => {
    fetchMock.mockImplementation(async () => json(challengeAnswer(false)));
    const solver = new TicketProofSolver();
    solver.prepare();

    expect(await solver.take()).toBeUndefined();
    expect(FakeWorker.created).toHaveLength(0);
  });

  it('stops the worker when the form goes away', async () => {
    const solver = new TicketProofSolver();
    solver.prepare();
    await vi.waitFor(() => expect(FakeWorker.created).toHaveLength(1));
    solver.dispose();

    expect(FakeWorker.created[0]?.terminated).toBe(true);
  });
});

describe('sendWithProof', () => {
  const refused = () =>
    new ApiError({ code: 'proof_rejected', message: 'expired', status: 422, field: 'proof' });

  function proofsOf(...proofs: string[]) {
    const take = vi.fn(async () => proofs.shift());
    return { take };
  }
  const phases = () => ({ onPreparing: vi.fn(), onSending: vi.fn() });

  it('sends with the proof it waited for', async () => {
    const send = vi.fn(async (proof: string | undefined) => `ticket with ${proof}`);
    const events = phases();

    expect(await sendWithProof(proofsOf('p1'), { send, ...events })).toBe('ticket with p1');
    expect(events.onPreparing).toHaveBeenCalledTimes(1);
    expect(events.onSending).toHaveBeenCalledTimes(1);
  });

  it('takes a new proof once when the API refuses one', async () => {
    const send = vi.fn(async (proof: string | undefined) => {
      if (proof === 'stale') throw refused();
      return `ticket with ${proof}`;
    });

    expect(await sendWithProof(proofsOf('stale', 'fresh'), { send, ...phases() })).toBe('ticket with fresh');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('gives up after the second refusal, and retries no other error', async () => {
    const alwaysRefused = vi.fn(async () => Promise.reject(refused()));
    await expect(
      sendWithProof(proofsOf('a', 'b', 'c'), { send: alwaysRefused, ...phases() }),
    ).rejects.toMatchObject({
      code: 'proof_rejected',
    });
    expect(alwaysRefused).toHaveBeenCalledTimes(2);

    const closed = vi.fn(async () =>
      Promise.reject(new ApiError({ code: 'tenant_closed', message: 'closed', status: 409 })),
    );
    await expect(sendWithProof(proofsOf('a', 'b'), { send: closed, ...phases() })).rejects.toMatchObject({
      code: 'tenant_closed',
    });
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
