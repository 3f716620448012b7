// The rate-limit and proxy settings as config.ts reads them from the environment.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';

const required = {
  REDIS_URL: 'redis://127.0.0.1:6390',
  LIVEKIT_URL: 'ws://127.0.0.1:9',
  LIVEKIT_API_KEY: 'key',
  LIVEKIT_API_SECRET: 'a-secret-of-at-least-thirty-two-characters',
  ALTCHA_HMAC_KEY: 'a-third-secret-of-at-least-thirty-two-chars',
};

describe('rate-limit settings', () => {
  it('default to the documented limits, and no trusted proxy', () => {
    const config = readConfig(required);
    expect(config.rateLimits).toMatchObject({
      ticketsPerAddress: { points: 5, seconds: 600 },
      ticketsPerBrowser: { points: 3, seconds: 600 },
      signInFailuresPerAccount: { points: 5, seconds: 900 },
      signInLockout: { firstSeconds: 60, maxSeconds: 86_400 },
      writesPerSession: { points: 60, seconds: 60 },
    });
    expect(config.trustProxy).toBe(false);
  });

  it.each([
    ['1', 1],
    ['off', false],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 192.168.1.1', '10.0.0.0/8, 192.168.1.1'],
    ['loopback,2001:db8::/32', 'loopback,2001:db8::/32'],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(readConfig({ ...required, TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    ['RATE_LIMIT_TICKETS_PER_ADDRESS', '5'],
    ['RATE_LIMIT_TICKETS_PER_ADDRESS', '0/600'],
    ['RATE_LIMIT_WRITES_PER_SESSION', 'many/60'],
    ['TRUST_PROXY', 'yes please'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '10.0.0.0/99'],
  ])('stops on a malformed %s (%s), naming it', (name, value) => {
    expect(() => readConfig({ ...required, [name]: value })).toThrow(name);
  });
});
