// A supervisor pauses a tenant's intake: new tickets are refused, waiting ones keep their place.
// One key per tenant, so every API process sees a pause or a resumption at once. The create
// script reads it in the same atomic step as it takes the ticket (lua/create-ticket-8.lua reads
// the JSON written here the way `parseIntakePause` does), so no ticket slips in past a pause.
import { AppError } from '@vp/contract';
import { z } from 'zod';
import type { PlazaContext } from './context';

/** A tenant's paused intake: until `resumesAt` (ms), or until resumed when null. */
export interface IntakePause {
  resumesAt: number | null;
  reason: string | null;
  accountId: string;
  at: number;
}

const intakePauseSchema = z.object({
  resumesAt: z.number().nullable(),
  reason: z.string().nullable(),
  accountId: z.string(),
  at: z.number(),
});

/** A pause outlives its resumption time by this much, then Redis drops it (it no longer applies). */
const leftoverMs = 24 * 3600 * 1000;

/** Pauses the tenant's intake (replacing any pause it had). */
export async function pauseIntake(
  context: PlazaContext,
  options: { tenantCode: string; resumesAt: number | null; reason?: string; accountId: string },
): Promise<IntakePause> {
  const pause: IntakePause = {
    resumesAt: options.resumesAt,
    reason: options.reason || null,
    accountId: options.accountId,
    at: context.clock.now(),
  };
  const key = context.keys.intakePause(options.tenantCode);
  const value = JSON.stringify(pause);
  // Expiry in Redis's time, as a bound only: whether the pause applies is decided by the clock.
  if (pause.resumesAt === null) await context.redis.set(key, value);
  else await context.redis.set(key, value, { PX: Math.max(0, pause.resumesAt - pause.at) + leftoverMs });
  return pause;
}

/** Resumes the tenant's intake; returns whether it was paused. */
export async function resumeIntake(context: PlazaContext, tenantCode: string): Promise<boolean> {
  return (await context.redis.del(context.keys.intakePause(tenantCode))) > 0;
}

/** The tenant's pause in force now, or null while it takes tickets. */
export async function readIntakePause(
  context: PlazaContext,
  tenantCode: string,
): Promise<IntakePause | null> {
  const raw = await context.redis.get(context.keys.intakePause(tenantCode));
  return parseIntakePause(raw, context.clock.now());
}

/** The pause a stored value holds, if in force at `now` (null when none, over or malformed). */
export function parseIntakePause(raw: string | null, now: number): IntakePause | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = intakePauseSchema.safeParse(value);
  if (!parsed.success) return null;
  const pause = parsed.data;
  return pause.resumesAt !== null && pause.resumesAt <= now ? null : pause;
}

/** The `intake_paused` error a refused ticket gets, naming when the intake resumes (null: unknown). */
export function intakePausedError(tenantCode: string, resumesAt: number | null): AppError {
  const until = resumesAt === null ? 'until further notice' : `until ${new Date(resumesAt).toISOString()}`;
  return new AppError('intake_paused', `${tenantCode} intake paused`, {
    userMessage: `${tenantCode} takes no new tickets ${until}`,
    field: 'tenantCode',
    ...(resumesAt === null ? {} : { details: { resumesAt } }),
  });
}
