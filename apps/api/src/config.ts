// The API's settings, read from the environment once at start-up. Nothing else reads process.env.
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import type { RateLimitSettings } from './http/rate-limits';

const secret = (name: string) => z.string().min(32, `${name} must be at least 32 characters`);

/** A rate limit written `<requests>/<seconds>`, e.g. `5/600`: at most 5 in any 10 minutes. */
const quota = (name: string, fallback: string) =>
  z
    .string()
    .regex(/^[1-9]\d{0,5}\/[1-9]\d{0,5}$/, `${name} must be <count>/<seconds>, e.g. 5/600`)
    .default(fallback)
    .transform((value) => {
      const [points, seconds] = value.split('/').map(Number) as [number, number];
      return { points, seconds };
    });

/** Subnet names Express's `trust proxy` knows besides addresses and CIDR ranges. */
const proxySubnetNames = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (item: string) =>
  proxySubnetNames.has(item) || ipaddr.isValid(item) || ipaddr.isValidCIDR(item);

/**
 * Express's `trust proxy`: `off` (the address is the socket's), a number of proxy hops, or a
 * comma-separated list of proxy addresses or subnets (`loopback`, `10.0.0.0/8`, ...).
 */
const trustProxy = z
  .string()
  .default('off')
  .refine(
    (value) => /^(off|\d{1,2})$/.test(value) || value.split(',').every((item) => isProxyAddress(item.trim())),
    'TRUST_PROXY must be off, a hop count, or proxy addresses or subnets separated by commas',
  )
  .transform((value): false | number | string => {
    if (value === 'off') return false;
    return /^\d+$/.test(value) ? Number(value) : value;
  });

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'REDIS_URL must be a redis:// or rediss:// URL' }),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:{}_-]+$/, 'REDIS_PREFIX may hold letters, digits and : { } _ -')
    .default('vp'),
  LIVEKIT_URL: z.url({ protocol: /^wss?$/, error: 'LIVEKIT_URL must be a ws:// or wss:// URL' }),
  LIVEKIT_API_KEY: z.string().min(1, 'LIVEKIT_API_KEY is required'),
  LIVEKIT_API_SECRET: secret('LIVEKIT_API_SECRET'),
  WEB_DIST: z.string().optional(),
  CATALOGUE_FILE: z.string().optional(),
  ACCOUNTS_FILE: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  GRACE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  NO_SHOW_SECONDS: z.coerce.number().int().min(1).max(1800).default(60),
  HSTS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(63_072_000).default(15_552_000),
  HISTORY_MAX_ENTRIES: z.coerce.number().int().min(1000).max(100_000_000).default(200_000),
  AUDIT_MAX_ENTRIES: z.coerce.number().int().min(1000).max(100_000_000).default(100_000),
  ALTCHA_HMAC_KEY: secret('ALTCHA_HMAC_KEY'),
  TICKET_PROOF: z.enum(['on', 'off'], { error: 'TICKET_PROOF must be on or off' }).default('on'),
  TICKET_PROOF_MAX_NUMBER: z.coerce.number().int().min(10).max(1_000_000).default(5_000),
  TRUST_PROXY: trustProxy,
  RATE_LIMIT_TICKETS_PER_ADDRESS: quota('RATE_LIMIT_TICKETS_PER_ADDRESS', '5/600'),
  RATE_LIMIT_TICKETS_PER_BROWSER: quota('RATE_LIMIT_TICKETS_PER_BROWSER', '3/600'),
  RATE_LIMIT_CHALLENGES_PER_ADDRESS: quota('RATE_LIMIT_CHALLENGES_PER_ADDRESS', '30/60'),
  RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: quota('RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT', '5/900'),
  RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: quota('RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS', '20/3600'),
  RATE_LIMIT_SIGN_IN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  RATE_LIMIT_SIGN_IN_LOCKOUT_MAX_SECONDS: z.coerce.number().int().min(1).max(604_800).default(86_400),
  RATE_LIMIT_STREAMS_PER_TICKET: quota('RATE_LIMIT_STREAMS_PER_TICKET', '30/60'),
  RATE_LIMIT_STREAMS_PER_ADDRESS: quota('RATE_LIMIT_STREAMS_PER_ADDRESS', '120/60'),
  RATE_LIMIT_WRITES_PER_SESSION: quota('RATE_LIMIT_WRITES_PER_SESSION', '60/60'),
  RATE_LIMIT_NETWORK_PROBES_PER_TICKET: quota('RATE_LIMIT_NETWORK_PROBES_PER_TICKET', '45/600'),
});

export type ApiConfig = ReturnType<typeof toConfig>;

function toConfig(env: z.infer<typeof environmentSchema>) {
  return {
    port: env.PORT,
    redisUrl: env.REDIS_URL,
    redisPrefix: env.REDIS_PREFIX,
    livekit: {
      url: env.LIVEKIT_URL,
      credentials: { apiKey: env.LIVEKIT_API_KEY, apiSecret: env.LIVEKIT_API_SECRET },
    },
    webDist: env.WEB_DIST,
    /** The files that seed an empty plaza (default: the demo data); never read once Redis has it. */
    catalogueFile: env.CATALOGUE_FILE,
    accountsFile: env.ACCOUNTS_FILE,
    /** Signed-in sessions end after this long unused, or this long after sign-in. */
    sessions: { idleMs: env.SESSION_IDLE_MINUTES * 60_000, maxMs: env.SESSION_MAX_HOURS * 3_600_000 },
    logLevel: env.LOG_LEVEL,
    /** Defaults for tenants that set no grace or no-show period of their own. */
    plaza: {
      graceMs: env.GRACE_SECONDS * 1000,
      noShowMs: env.NO_SHOW_SECONDS * 1000,
      historyMaxEntries: env.HISTORY_MAX_ENTRIES,
      auditMaxEntries: env.AUDIT_MAX_ENTRIES,
    },
    /** Strict-Transport-Security on answers over TLS (see http/security-headers.ts); 0 for none. */
    hstsMaxAgeSeconds: env.HSTS_MAX_AGE_SECONDS,
    /** Proof of work on anonymous ticket creation (ALTCHA); off only for tests and the simulator. */
    ticketProof: {
      enabled: env.TICKET_PROOF === 'on',
      hmacKey: env.ALTCHA_HMAC_KEY,
      maxNumber: env.TICKET_PROOF_MAX_NUMBER,
    },
    /** Which proxies' X-Forwarded-For is believed for the client address (rate limits). */
    trustProxy: env.TRUST_PROXY,
    /** Limits per client address, browser, account, ticket and session (http/rate-limits.ts). */
    rateLimits: {
      ticketsPerAddress: env.RATE_LIMIT_TICKETS_PER_ADDRESS,
      ticketsPerBrowser: env.RATE_LIMIT_TICKETS_PER_BROWSER,
      challengesPerAddress: env.RATE_LIMIT_CHALLENGES_PER_ADDRESS,
      signInFailuresPerAccount: env.RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT,
      signInFailuresPerAddress: env.RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS,
      signInLockout: {
        firstSeconds: env.RATE_LIMIT_SIGN_IN_LOCKOUT_SECONDS,
        maxSeconds: env.RATE_LIMIT_SIGN_IN_LOCKOUT_MAX_SECONDS,
      },
      streamsPerTicket: env.RATE_LIMIT_STREAMS_PER_TICKET,
      streamsPerAddress: env.RATE_LIMIT_STREAMS_PER_ADDRESS,
      writesPerSession: env.RATE_LIMIT_WRITES_PER_SESSION,
      networkProbesPerTicket: env.RATE_LIMIT_NETWORK_PROBES_PER_TICKET,
    } satisfies RateLimitSettings,
  };
}

/** Parses the environment; the error names every missing or malformed variable. */
export function readConfig(env: Record<string, string | undefined>): ApiConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid configuration (see .env.example):\n${problems.join('\n')}`);
  }
  return toConfig(parsed.data);
}
