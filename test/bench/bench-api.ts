// The API as the benchmarks that drive it over HTTP start it: in this process, on a Redis of the
// bench's own, with no LiveKit call ever started.
import { type ApiConfig, readConfig } from '../../apps/api/src/config';

/** The API's configuration for a bench on `redisUrl` under `prefix`, on a free port; `env` adds settings. */
export function benchApiConfig(options: {
  redisUrl: string;
  prefix: string;
  env?: Record<string, string>;
}): ApiConfig {
  return {
    ...readConfig({
      REDIS_URL: options.redisUrl,
      REDIS_PREFIX: options.prefix,
      // No call is started: the address only has to be well-formed.
      LIVEKIT_URL: 'ws://127.0.0.1:9',
      LIVEKIT_API_KEY: 'bench-key',
      LIVEKIT_API_SECRET: 'bench-secret-bench-secret-bench-secret',
      ALTCHA_HMAC_KEY: 'bench-altcha-key-bench-altcha-key-bench',
      ...options.env,
    }),
    port: 0,
  };
}
