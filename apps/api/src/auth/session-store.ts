// Server-side sessions in Redis. The browser holds an opaque random id (256 bits, base64url);
// Redis holds its SHA-256, so a copy of the database holds no usable session. A session ends at
// sign-out, when an admin ends the account's sessions, after `idleMs` without use, or `maxMs`
// after sign-in, whichever comes first.
import { createHash, randomBytes } from 'node:crypto';
import { type AccountRole, accountRoleSchema } from '@vp/contract';
import type { Clock, RedisClient } from '@vp/engine';
import { z } from 'zod';
import type { AuthKeys } from './auth-keys';

/** 32 random bytes in base64url: 43 characters. Anything else is refused before Redis. */
const secretPattern = /^[A-Za-z0-9_-]{43}$/;

/** How long a stream ticket may wait to be used: long enough for one EventSource to connect. */
export const streamTicketTtlMs = 30_000;

export interface SessionLifetimes {
  /** Ends a session unused for this long. */
  idleMs: number;
  /** Ends a session this long after sign-in, however busy. */
  maxMs: number;
}

/** A live session, known by the hash of its id (`key`). */
export interface SessionRecord {
  key: string;
  accountId: string;
  role: AccountRole;
  createdAt: number;
  lastSeenAt: number;
}

const storedSessionSchema = z.object({
  accountId: z.string().min(1),
  role: accountRoleSchema,
  createdAt: z.coerce.number().int(),
  lastSeenAt: z.coerce.number().int(),
});

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The key a session id or stream ticket is stored under. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export class SessionStore {
  constructor(
    private readonly options: {
      redis: RedisClient;
      keys: AuthKeys;
      clock: Clock;
      lifetimes: SessionLifetimes;
    },
  ) {}

  /** Opens a session for the account; returns its id, the only copy of which goes to the client. */
  async create(account: {
    id: string;
    role: AccountRole;
  }): Promise<{ sessionId: string; session: SessionRecord }> {
    const { redis, keys, clock, lifetimes } = this.options;
    const sessionId = newSecret();
    const now = clock.now();
    const session: SessionRecord = {
      key: hashSecret(sessionId),
      accountId: account.id,
      role: account.role,
      createdAt: now,
      lastSeenAt: now,
    };
    const sessionKey = keys.session(session.key);
    const accountKey = keys.accountSessions(account.id);
    await redis
      .multi()
      .hSet(sessionKey, {
        accountId: session.accountId,
        role: session.role,
        createdAt: String(now),
        lastSeenAt: String(now),
      })
      .pExpire(sessionKey, Math.min(lifetimes.idleMs, lifetimes.maxMs))
      .sAdd(accountKey, session.key)
      // The set lives as long as its newest session can; ended members are removed as they end.
      .pExpire(accountKey, lifetimes.maxMs)
      .exec();
    return { sessionId, session };
  }

  /** The live session of a session id, its last use moved to now; null when unknown or over. */
  async resolve(sessionId: string): Promise<SessionRecord | null> {
    if (!secretPattern.test(sessionId)) return null;
    return this.resolveKey(hashSecret(sessionId));
  }

  /** As `resolve`, by the hashed id; an open event stream uses it to keep and check its session. */
  async resolveKey(key: string): Promise<SessionRecord | null> {
    const { redis, keys, clock, lifetimes } = this.options;
    const parsed = storedSessionSchema.safeParse(await redis.hGetAll(keys.session(key)));
    if (!parsed.success) return null;
    const session = { key, ...parsed.data };
    const now = clock.now();
    // Redis expires the hash too; the clock check makes the rule exact (and testable).
    if (now - session.lastSeenAt >= lifetimes.idleMs || now - session.createdAt >= lifetimes.maxMs) {
      await this.end(session);
      return null;
    }
    const left = Math.min(lifetimes.idleMs, session.createdAt + lifetimes.maxMs - now);
    await redis
      .multi()
      .hSet(keys.session(key), 'lastSeenAt', String(now))
      .pExpire(keys.session(key), left)
      .exec();
    return { ...session, lastSeenAt: now };
  }

  /** Ends one session at once, on every process (its event streams close). */
  async end(session: Pick<SessionRecord, 'key' | 'accountId'>): Promise<void> {
    const { redis, keys } = this.options;
    await redis
      .multi()
      .del(keys.session(session.key))
      .sRem(keys.accountSessions(session.accountId), session.key)
      .publish(keys.sessionEndedChannel, session.key)
      .exec();
  }

  /**
   * Ends every session of an account; returns how many were live. Only the members read are
   * removed, so a session opened meanwhile stays listed (and live).
   */
  async endAll(accountId: string): Promise<number> {
    const { redis, keys } = this.options;
    const accountKey = keys.accountSessions(accountId);
    const members = await redis.sMembers(accountKey);
    if (members.length === 0) return 0;
    const transaction = redis.multi();
    for (const key of members) {
      transaction.del(keys.session(key));
      transaction.publish(keys.sessionEndedChannel, key);
    }
    transaction.sRem(accountKey, members);
    const replies = await transaction.exec();
    // Each DEL answers 1 for a session that was still there.
    return members.filter((_key, index) => Number(replies[index * 2]) === 1).length;
  }

  /** A single-use ticket for one event stream of this session, valid for `streamTicketTtlMs`. */
  async issueStreamTicket(session: Pick<SessionRecord, 'key'>): Promise<string> {
    const { redis, keys } = this.options;
    const ticket = newSecret();
    await redis.set(keys.streamTicket(hashSecret(ticket)), session.key, { PX: streamTicketTtlMs });
    return ticket;
  }

  /** Uses up a stream ticket (GETDEL: a second use finds nothing); its live session, or null. */
  async redeemStreamTicket(ticket: string): Promise<SessionRecord | null> {
    if (!secretPattern.test(ticket)) return null;
    const { redis, keys } = this.options;
    const sessionKey = await redis.getDel(keys.streamTicket(hashSecret(ticket)));
    return sessionKey ? this.resolveKey(sessionKey) : null;
  }
}
