// The API's settings, read from the environment once at start-up. Nothing else reads process.env.
import { z } from 'zod';

const secret = (name: string) => z.string().min(32, `${name} must be at least 32 characters`);

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
  SESSION_SECRET: secret('SESSION_SECRET'),
  WEB_DIST: z.string().optional(),
  CATALOGUE_FILE: z.string().optional(),
  OFFICERS_FILE: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  GRACE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  NO_SHOW_SECONDS: z.coerce.number().int().min(1).max(1800).default(60),
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
    sessionSecret: env.SESSION_SECRET,
    webDist: env.WEB_DIST,
    catalogueFile: env.CATALOGUE_FILE,
    officersFile: env.OFFICERS_FILE,
    logLevel: env.LOG_LEVEL,
    /** Defaults for tenants that set no grace or no-show period of their own. */
    plaza: { graceMs: env.GRACE_SECONDS * 1000, noShowMs: env.NO_SHOW_SECONDS * 1000 },
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
