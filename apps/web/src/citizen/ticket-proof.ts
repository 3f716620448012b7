// The citizen's proof of work for the next ticket: fetched and solved in the background (a Web
// Worker) as soon as the form shows, handed out once per attempt to take a ticket.
import type { TicketChallenge } from '@vp/contract';
import { asApiError } from '../api/api-error';
import { fetchTicketChallenge } from '../api/client';
import type { ProofWorkerAnswer, ProofWorkerRequest } from './proof-worker';

type Challenge = Extract<TicketChallenge, { required: true }>['challenge'];

/** A challenge this close to its expiry is not worth submitting: a new one is fetched instead. */
const staleMarginMs = 30_000;
/** A phone that has not solved it by then will not before the challenge expires. */
const solveTimeoutMs = 120_000;

interface Preparation {
  /** The `proof` field, or undefined when the plaza asks for none. */
  proof: Promise<string | undefined>;
  /** When the challenge stops being worth submitting (page clock, from the challenge's lifetime). */
  staleAt: Promise<number>;
}

function solveInWorker(challenge: Challenge, signal: AbortSignal): Promise<string> {
  const worker = new Worker(new URL('./proof-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('the proof of work was cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ProofWorkerAnswer>) => {
      finish();
      if ('proof' in event.data) resolve(event.data.proof);
      else reject(new Error(`the proof of work failed: ${event.data.error}`));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`the proof-of-work worker failed: ${event.message}`));
    };
    const request: ProofWorkerRequest = { challenge, timeoutMs: solveTimeoutMs };
    worker.postMessage(request);
  });
}

/**
 * Keeps one proof in preparation. `take()` hands it out (waiting for it if need be) and forgets
 * it, since the API accepts each proof once; `prepare()` starts the next in the background.
 */
export class TicketProofSolver {
  private current: Preparation | null = null;
  private readonly controller = new AbortController();

  /** Starts preparing a proof, unless one is already on its way. */
  prepare(): void {
    if (this.current || this.controller.signal.aborted) return;
    const challenge = fetchTicketChallenge(this.controller.signal);
    const fetchedAt = Date.now();
    const proof = challenge.then((answer) =>
      answer.required ? solveInWorker(answer.challenge, this.controller.signal) : undefined,
    );
    const staleAt = challenge.then((answer) =>
      answer.required ? fetchedAt + answer.expiresInSeconds * 1000 - staleMarginMs : Number.POSITIVE_INFINITY,
    );
    // Failures surface on take(); until then nobody awaits them.
    proof.catch(() => {});
    staleAt.catch(() => {});
    this.current = { proof, staleAt };
  }

  /** The proof for one attempt to take a ticket: the prepared one if still fresh, else a new one. */
  async take(): Promise<string | undefined> {
    this.prepare();
    let taken = this.current;
    this.current = null;
    if (taken && (await taken.staleAt.catch(() => 0)) <= Date.now()) {
      // Expired while the form sat open (or its fetch failed): quietly fetch another.
      this.prepare();
      taken = this.current;
      this.current = null;
    }
    if (!taken) throw new DOMException('the proof of work was cancelled', 'AbortError');
    return taken.proof;
  }

  /** Stops any work in progress; the solver is done. */
  dispose(): void {
    this.controller.abort();
    this.current = null;
  }
}

/**
 * Sends one request that needs a proof: waits for the proof (`onPreparing`), sends it
 * (`onSending`), and when the API refuses the proof (its challenge expired meanwhile, say) takes
 * a new one and sends once more, quietly.
 */
export async function sendWithProof<T>(
  proofs: { take(): Promise<string | undefined> },
  options: { send(proof: string | undefined): Promise<T>; onPreparing(): void; onSending(): void },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    options.onPreparing();
    const proof = await proofs.take();
    options.onSending();
    try {
      return await options.send(proof);
    } catch (cause) {
      if (attempt === 1 && asApiError(cause).code === 'proof_rejected') continue;
      throw cause;
    }
  }
}
