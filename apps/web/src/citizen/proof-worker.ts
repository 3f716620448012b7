// A Web Worker that solves one ticket challenge (ALTCHA's proof of work), so the page stays
// responsive on a phone while the citizen fills the form. Bundled as its own lazy file.
import type { TicketChallenge } from '@vp/contract';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/web/pbkdf2';

type Challenge = Extract<TicketChallenge, { required: true }>['challenge'];

/** What the page posts, and what it gets back: the `proof` field, or why there is none. */
export interface ProofWorkerRequest {
  challenge: Challenge;
  timeoutMs: number;
}
export type ProofWorkerAnswer = { proof: string } | { error: string };

self.onmessage = async (event: MessageEvent<ProofWorkerRequest>) => {
  const { challenge, timeoutMs } = event.data;
  let answer: ProofWorkerAnswer;
  try {
    const solution = await solveChallenge({ challenge, deriveKey, timeout: timeoutMs });
    // ALTCHA's payload: base64 of the challenge and its solution, as the API reads it.
    answer = solution ? { proof: btoa(JSON.stringify({ challenge, solution })) } : { error: 'timeout' };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
