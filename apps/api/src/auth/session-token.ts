// Officer sessions as signed, expiring tokens: `<payload base64url>.<HMAC-SHA256 base64url>`.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

const payloadSchema = z.object({ sub: z.string(), exp: z.number() });

/** An officer's working day, with room to spare. */
export const sessionTtlMs = 12 * 3600 * 1000;

function sign(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function issueSessionToken(options: { secret: string; officerId: string; now: number }): string {
  const payload = Buffer.from(
    JSON.stringify({ sub: options.officerId, exp: options.now + sessionTtlMs }),
  ).toString('base64url');
  return `${payload}.${sign(options.secret, payload)}`;
}

/** Returns the officer id of a valid, unexpired token, or null. */
export function verifySessionToken(options: { secret: string; token: string; now: number }): string | null {
  const [payload, signature] = options.token.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(options.secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(claims);
  if (!parsed.success || parsed.data.exp <= options.now) return null;
  return parsed.data.sub;
}
