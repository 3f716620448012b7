// Proof of a person's effort before an anonymous ticket is taken: ALTCHA v2 challenges signed with
// the plaza's key, solved by the citizen's browser, each solution accepted once (its challenge's
// signature is spent in Redis until the challenge expires), so a script pays for every ticket.
import { AppError, type TicketChallenge } from '@vp/contract';
import type { Clock, PlazaKeys, RedisClient } from '@vp/engine';
import { createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2';
import { deriveHmacKeySecret } from 'altcha-lib/frameworks/shared';
import { z } from 'zod';

/** PBKDF2 runs natively in browsers (WebCrypto), so a phone pays about what a script pays. */
const algorithm = 'PBKDF2/SHA-256';
/** Rounds per attempt: enough that WebCrypto's per-call overhead does not dominate. */
const cost = 1_000;
/** Long enough to fill the form, short enough that a stock of solved challenges goes stale. */
export const ticketProofLifetimeSeconds = 300;

export interface TicketProofSettings {
  enabled: boolean;
  /** Signs the challenges (and, derived from it, their keys); at least 32 characters. */
  hmacKey: string;
  /** The highest counter a browser may have to reach; the challenge picks one in its upper half. */
  maxNumber: number;
}

export interface TicketProof {
  readonly enabled: boolean;
  /** A fresh challenge, or `required: false` while the proof is off. */
  issueChallenge(): Promise<TicketChallenge>;
  /**
   * Accepts `proof` once: it must solve an unexpired challenge signed here that no earlier request
   * spent. Throws `proof_rejected` (field `proof`) otherwise; does nothing while the proof is off.
   */
  spend(proof: string | undefined): Promise<void>;
}

/** ALTCHA's payload, as its solvers encode it: base64 of this JSON. */
const payloadSchema = z.object({
  challenge: z.object({
    // Loose: the signature covers every parameter, so none may be dropped before it is checked.
    parameters: z.looseObject({
      algorithm: z.literal(algorithm),
      nonce: z.string(),
      salt: z.string(),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
      expiresAt: z.number(),
    }),
    signature: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  solution: z.object({
    counter: z.number().int().nonnegative(),
    derivedKey: z.string().max(256),
    time: z.number().optional(),
  }),
});
type ProofPayload = z.infer<typeof payloadSchema>;

type RejectionReason = 'missing' | 'malformed' | 'expired' | 'invalid' | 'used';

const userMessages: Record<RejectionReason, string> = {
  missing: 'Solve the challenge before taking a ticket',
  malformed: 'The proof is malformed',
  expired: 'The challenge has expired; fetch a new one',
  invalid: 'The proof does not solve a challenge of this plaza',
  used: 'This proof has already been used; fetch a new challenge',
};

function reject(reason: RejectionReason, cause?: unknown): AppError {
  return new AppError('proof_rejected', `ticket proof rejected: ${reason}`, {
    userMessage: userMessages[reason],
    field: 'proof',
    details: { reason },
    cause,
  });
}

function decodePayload(proof: string): ProofPayload {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(proof, 'base64').toString('utf8'));
  } catch (cause) {
    throw reject('malformed', cause);
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) throw reject('malformed', parsed.error);
  return parsed.data;
}

/** Builds the proof guard from its settings; the plaza's Redis, keys and clock keep it honest. */
export async function createTicketProof(
  settings: TicketProofSettings,
  plaza: { redis: RedisClient; keys: PlazaKeys; clock: Clock },
): Promise<TicketProof> {
  const { redis, keys, clock } = plaza;
  const hmacSignatureSecret = settings.hmacKey;
  // A second secret for the derived keys, so the solution is checked with one HMAC, not a PBKDF2.
  const hmacKeySignatureSecret = await deriveHmacKeySecret(settings.hmacKey);
  const secrets = { hmacSignatureSecret, hmacKeySignatureSecret };

  return {
    enabled: settings.enabled,

    async issueChallenge() {
      if (!settings.enabled) return { required: false };
      const challenge = await createChallenge({
        algorithm,
        cost,
        deriveKey,
        // Deterministic mode: the work is the counter, with no unlucky long tail on a slow phone.
        counter: randomInt(settings.maxNumber, Math.ceil(settings.maxNumber / 2)),
        expiresAt: Math.floor(clock.now() / 1000) + ticketProofLifetimeSeconds,
        ...secrets,
      });
      const { signature, parameters } = challenge;
      if (signature === undefined) throw new Error('altcha-lib returned an unsigned challenge');
      return {
        required: true,
        challenge: { parameters: { ...parameters }, signature },
        expiresInSeconds: ticketProofLifetimeSeconds,
      };
    },

    async spend(proof) {
      if (!settings.enabled) return;
      if (proof === undefined) throw reject('missing');
      const payload = decodePayload(proof);
      const expiresAtMs = payload.challenge.parameters.expiresAt * 1000;
      const remainingMs = expiresAtMs - clock.now();
      if (remainingMs <= 0) throw reject('expired');
      let verification: Awaited<ReturnType<typeof verifySolution>>;
      try {
        verification = await verifySolution({ ...payload, deriveKey, ...secrets });
      } catch (cause) {
        throw reject('invalid', cause);
      }
      if (verification.expired) throw reject('expired');
      if (!verification.verified) throw reject('invalid');
      // Only a verified signature reaches Redis: it is this plaza's own 64 hex characters.
      const spent = await redis.set(keys.usedTicketProof(payload.challenge.signature), '1', {
        condition: 'NX',
        expiration: { type: 'PX', value: Math.ceil(remainingMs) },
      });
      if (spent === null) throw reject('used');
    },
  };
}
