// Solves the API's ticket challenge as a citizen's browser would (altcha-lib's own solver), for
// tests that take tickets over HTTP with the proof of work switched on.
import type { TicketChallenge } from '@vp/contract';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';

type RequiredChallenge = Extract<TicketChallenge, { required: true }>;

/** Fetches a fresh challenge from the API at `apiUrl`. */
export async function fetchTicketChallenge(apiUrl: string): Promise<RequiredChallenge> {
  const response = await fetch(`${apiUrl}/api/tickets/challenge`);
  if (!response.ok) throw new Error(`challenge: HTTP ${response.status}`);
  const body = (await response.json()) as TicketChallenge;
  if (!body.required) throw new Error('the API runs with its ticket proof switched off');
  return body;
}

/** The `proof` field for a solved challenge: ALTCHA's payload, base64 of its JSON. */
export async function solveTicketChallenge(challenge: RequiredChallenge['challenge']): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey, timeout: 30_000 });
  if (!solution) throw new Error('the challenge was not solved within 30 s');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

/** A fresh proof for one ticket. */
export async function fetchTicketProof(apiUrl: string): Promise<string> {
  return solveTicketChallenge((await fetchTicketChallenge(apiUrl)).challenge);
}
