// Rate limits of the API, kept in Redis by rate-limiter-flexible so that every API replica counts
// against the same numbers. Each limit is a named limiter with its settings from config.ts, and an
// Express middleware that runs before the route's handler: a refused request changes nothing.
import { createHash } from 'node:crypto';
import { AppError, browserIdHeader, browserIdSchema } from '@vp/contract';
import type { Logger, PlazaKeys, RedisClient } from '@vp/engine';
import type { Request, RequestHandler, Response } from 'express';
import ipaddr from 'ipaddr.js';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import type { RateLimitName } from './route-definition';

/** At most `points` requests in any window of `seconds` (fixed windows, from the first request). */
export interface Quota {
  points: number;
  seconds: number;
}

export interface RateLimitSettings {
  /** Ticket creation per client address. */
  ticketsPerAddress: Quota;
  /** Ticket creation per browser id (`X-Browser-Id`); without one, the address limit alone. */
  ticketsPerBrowser: Quota;
  /** Proof-of-work challenges per client address: each costs the server a key derivation. */
  challengesPerAddress: Quota;
  /** Failed sign-ins per account before it is locked out. */
  signInFailuresPerAccount: Quota;
  /** Failed sign-ins per client address before it is locked out. */
  signInFailuresPerAddress: Quota;
  /** The first lock-out; each next one, until a successful sign-in, lasts twice as long. */
  signInLockout: { firstSeconds: number; maxSeconds: number };
  /** Event stream opens per ticket. */
  streamsPerTicket: Quota;
  /** Event stream opens per client address (citizen and officer streams together). */
  streamsPerAddress: Quota;
  /** Every other write (POST, PUT, PATCH, DELETE) per session: a ticket key or officer session. */
  writesPerSession: Quota;
  /**
   * Requests of a ticket's network probe (the device check). One check of the web app is 9 probe
   * requests (4 pings, a download, 4 upload chunks), about 350 KB; the default, 45 in ten minutes,
   * is five checks, so a script gets no more than about 13 MB per ticket in that time.
   */
  networkProbesPerTicket: Quota;
}

/**
 * The middleware of each limit a route of the table may state (route-definition.ts), run before
 * the route's handler; each refuses with 429 `rate_limited` and Retry-After:
 * - `ticketCreation`: per client address and per browser;
 * - `challenges`: proof-of-work challenges per client address;
 * - `signIn`: failures per account and per address, with growing lock-outs;
 * - `ticketEvents`: stream opens per client address and per ticket;
 * - `officerEvents`: stream opens per client address;
 * - `writes`: per session (the ticket key or officer session the request acts with);
 * - `networkProbe`: a ticket's network probe requests, per ticket.
 */
export type RateLimits = Record<RateLimitName, RequestHandler>;

const uuidSchema = z.uuid();

/** How long the count of an account's lock-outs is remembered after the last one. */
const lockoutMemorySeconds = 24 * 3600;

/**
 * The client's address as the limits count it: `request.ip`, which honours X-Forwarded-For only
 * from the proxies `trust proxy` names (TRUST_PROXY). An IPv6 client counts by its /64, the block a
 * single host is usually given, so rotating addresses inside it gains nothing.
 */
export function clientAddressOf(request: Request): string {
  const raw = request.ip ?? request.socket.remoteAddress ?? '';
  if (!ipaddr.isValid(raw)) return 'unknown';
  const address = ipaddr.process(raw);
  if (address.kind() === 'ipv4') return address.toString();
  const groups = (address as ipaddr.IPv6).toNormalizedString().split(':').slice(0, 4);
  return `${groups.join(':')}::/64`;
}

/** Client-chosen strings (usernames, credentials) enter keys only as a digest: bounded, opaque. */
function digestOf(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 27);
}

/** The browser id sent with the request; absent → undefined; malformed → 400 naming the header. */
function browserIdOf(request: Request): string | undefined {
  const value = request.get(browserIdHeader);
  if (value === undefined) return undefined;
  const parsed = browserIdSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('bad_request', 'malformed browser id', {
      userMessage: `${browserIdHeader} must be a UUID`,
      field: browserIdHeader,
    });
  }
  return parsed.data.toLowerCase();
}

/** The credential a request acts with (ticket key or officer session), as a digest, if any. */
function sessionOf(request: Request): string | undefined {
  const query = typeof request.query.key === 'string' ? request.query.key : undefined;
  const credential =
    request.get('authorization') ?? request.get('x-ticket-key') ?? query ?? request.get('cookie');
  return credential ? digestOf(credential) : undefined;
}

/** The account a sign-in names, normalised so that case and spaces do not give fresh tries. */
function accountOf(body: unknown): string | undefined {
  const username = (body as { username?: unknown } | null | undefined)?.username;
  if (typeof username !== 'string' || username.trim() === '') return undefined;
  return digestOf(username.trim().toLowerCase());
}

/** Seconds until a refused request may be tried again, as Retry-After states it (at least 1). */
function secondsUntil(refusal: RateLimiterRes): number {
  return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
}

interface Limit {
  /** For logs and messages, e.g. "ticket creation per address". */
  name: string;
  limiter: RateLimiterRedis;
  key: string;
}

/** Turns a refusal into the 429 answer: the Retry-After header and a `rate_limited` error. */
function refuse(response: Response, limit: Limit, refusal: RateLimiterRes): AppError {
  const seconds = secondsUntil(refusal);
  response.set('Retry-After', String(seconds));
  return new AppError('rate_limited', `rate limited: ${limit.name}`, {
    userMessage: `Too many requests; please try again in ${seconds} seconds`,
    details: { retryAfterSeconds: seconds },
  });
}

/**
 * Takes one point of each limit in turn and returns what each then counts; the first refusal
 * stops there, after the points already taken for this request are given back (it is not served).
 */
async function consumeEach(
  limits: readonly Limit[],
): Promise<{ refused: { limit: Limit; refusal: RateLimiterRes } } | { counts: number[] }> {
  const counts: number[] = [];
  for (const [index, limit] of limits.entries()) {
    try {
      counts.push((await limit.limiter.consume(limit.key)).consumedPoints);
    } catch (error) {
      // The library rejects with a RateLimiterRes when refused, with an Error when Redis fails.
      if (!(error instanceof RateLimiterRes)) throw error;
      await Promise.all(limits.slice(0, index).map((taken) => taken.limiter.reward(taken.key)));
      return { refused: { limit, refusal: error } };
    }
  }
  return { counts };
}

export function createRateLimits(options: {
  redis: RedisClient;
  keys: PlazaKeys;
  settings: RateLimitSettings;
  logger: Logger;
}): RateLimits {
  const { redis, keys, settings, logger } = options;
  /** Every limiter's keys are `<prefix>:rate-limit:<name>:<key>` (see PlazaKeys.rateLimit). */
  const limiter = (name: string, quota: Quota) =>
    new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: true,
      keyPrefix: keys.rateLimit(name),
      points: quota.points,
      duration: quota.seconds,
    });
  const limiters = {
    ticketsPerAddress: limiter('tickets-per-address', settings.ticketsPerAddress),
    ticketsPerBrowser: limiter('tickets-per-browser', settings.ticketsPerBrowser),
    challengesPerAddress: limiter('challenges-per-address', settings.challengesPerAddress),
    signInPerAccount: limiter('sign-in-failures-per-account', settings.signInFailuresPerAccount),
    signInPerAddress: limiter('sign-in-failures-per-address', settings.signInFailuresPerAddress),
    lockoutsPerAccount: limiter('sign-in-lockouts-per-account', {
      points: Number.MAX_SAFE_INTEGER,
      seconds: lockoutMemorySeconds,
    }),
    lockoutsPerAddress: limiter('sign-in-lockouts-per-address', {
      points: Number.MAX_SAFE_INTEGER,
      seconds: lockoutMemorySeconds,
    }),
    streamsPerTicket: limiter('streams-per-ticket', settings.streamsPerTicket),
    streamsPerAddress: limiter('streams-per-address', settings.streamsPerAddress),
    writesPerSession: limiter('writes-per-session', settings.writesPerSession),
    networkProbesPerTicket: limiter('network-probes-per-ticket', settings.networkProbesPerTicket),
  };

  /** A middleware taking a point of each limit the request falls under. */
  const limitBy =
    (limitsOf: (request: Request) => Limit[]): RequestHandler =>
    async (request, response, next) => {
      const taken = await consumeEach(limitsOf(request));
      if ('refused' in taken) {
        const { limit, refusal } = taken.refused;
        logger.debug('request rate limited', { limit: limit.name, path: request.path });
        throw refuse(response, limit, refusal);
      }
      next();
    };

  const ticketCreation = limitBy((request) => {
    const browserId = browserIdOf(request);
    const limits: Limit[] = [
      {
        name: 'ticket creation per address',
        limiter: limiters.ticketsPerAddress,
        key: clientAddressOf(request),
      },
    ];
    if (browserId) {
      limits.push({
        name: 'ticket creation per browser',
        limiter: limiters.ticketsPerBrowser,
        key: browserId,
      });
    }
    return limits;
  });

  const challenges = limitBy((request) => [
    {
      name: 'challenges per address',
      limiter: limiters.challengesPerAddress,
      key: clientAddressOf(request),
    },
  ]);

  const eventStreams = limitBy((request) => {
    const limits: Limit[] = [
      {
        name: 'event streams per address',
        limiter: limiters.streamsPerAddress,
        key: clientAddressOf(request),
      },
    ];
    // A ticket's stream (`/tickets/:id/events`) counts per ticket too. Only a well-formed id has
    // a counter: a client string never becomes a key.
    const ticketId = uuidSchema.safeParse(request.params.id);
    if (ticketId.success) {
      limits.push({
        name: 'event streams per ticket',
        limiter: limiters.streamsPerTicket,
        key: ticketId.data,
      });
    }
    return limits;
  });

  const writes = limitBy((request) => [
    {
      name: 'writes per session',
      limiter: limiters.writesPerSession,
      key: sessionOf(request) ?? `address:${clientAddressOf(request)}`,
    },
  ]);

  // Only a well-formed ticket id has a counter of its own: a client string never becomes a key.
  const networkProbe = limitBy((request) => {
    const ticketId = uuidSchema.safeParse(request.params.id);
    return [
      {
        name: 'network probes per ticket',
        limiter: limiters.networkProbesPerTicket,
        key: ticketId.success ? ticketId.data : `address:${clientAddressOf(request)}`,
      },
    ];
  });

  const { firstSeconds, maxSeconds } = settings.signInLockout;
  /** Blocks a key whose failures reached the limit, twice as long as its previous lock-out. */
  const lockOut = async (failures: Limit, lockouts: RateLimiterRedis) => {
    const count = ((await lockouts.get(failures.key))?.consumedPoints ?? 0) + 1;
    await lockouts.set(failures.key, count, lockoutMemorySeconds);
    const seconds = Math.min(firstSeconds * 2 ** (count - 1), maxSeconds);
    await failures.limiter.block(failures.key, seconds);
    logger.info('sign-in locked out', { limit: failures.name, seconds, lockout: count });
  };

  /**
   * Follows rate-limiter-flexible's login protection: failures are counted per account and per
   * address, and a key that reaches its limit is blocked, here for a time that doubles with each
   * lock-out. The point is taken BEFORE the password is checked, so that parallel guesses cannot
   * all pass while none is counted yet; once the answer is known it is given back unless the
   * password was wrong. A successful sign-in clears the account's failures and lock-outs; the
   * address keeps its failures (one valid account must not reset the count of guesses at others).
   */
  const signIn: RequestHandler = async (request, response, next) => {
    const byAddress: Limit = {
      name: 'sign-in failures per address',
      limiter: limiters.signInPerAddress,
      key: clientAddressOf(request),
    };
    const account = accountOf(request.body);
    const byAccount: Limit | undefined = account
      ? { name: 'sign-in failures per account', limiter: limiters.signInPerAccount, key: account }
      : undefined;
    const limits = byAccount ? [byAddress, byAccount] : [byAddress];
    const taken = await consumeEach(limits);
    if ('refused' in taken) {
      const { limit, refusal } = taken.refused;
      logger.debug('sign-in rate limited', { limit: limit.name });
      throw refuse(response, limit, refusal);
    }
    const [addressCount = 0, accountCount = 0] = taken.counts;
    response.once('close', () => {
      settle().catch((error: unknown) => logger.warn('sign-in limit update failed', { error }));
    });
    next();

    async function settle() {
      // An answer that never finished (the client went) counts as a failure.
      if (!response.writableFinished || response.statusCode === 401) {
        // The points stay taken. The failure that reached a limit locks its key out.
        if (addressCount === byAddress.limiter.points) await lockOut(byAddress, limiters.lockoutsPerAddress);
        if (byAccount && accountCount === byAccount.limiter.points) {
          await lockOut(byAccount, limiters.lockoutsPerAccount);
        }
      } else if (response.statusCode < 300 && byAccount) {
        await byAddress.limiter.reward(byAddress.key);
        await byAccount.limiter.delete(byAccount.key);
        await limiters.lockoutsPerAccount.delete(byAccount.key);
      } else {
        // Neither right nor wrong (bad input, an outage): not a failure.
        await Promise.all(limits.map((limit) => limit.limiter.reward(limit.key)));
      }
    }
  };

  return {
    ticketCreation,
    challenges,
    signIn,
    ticketEvents: eventStreams,
    officerEvents: eventStreams,
    writes,
    networkProbe,
  };
}
