import { TokenVerifier } from 'livekit-server-sdk';
import { describe, expect, it } from 'vitest';
import { mintCallToken, mintMonitorToken } from './call-token';

const credentials = { apiKey: 'test-key', apiSecret: 'a-test-secret-of-at-least-32-characters!' };

describe('mintCallToken', () => {
  it.each(['citizen', 'officer'] as const)('grants a %s one room and no admin rights', async (role) => {
    const { token, identity } = await mintCallToken({
      credentials,
      roomName: 'call-t1',
      role,
      id: 'x1',
      displayName: 'Someone',
    });
    const claims = await new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(token);

    expect(identity).toBe(`${role}-x1`);
    expect(claims.sub).toBe(identity);
    expect(claims.video).toMatchObject({
      room: 'call-t1',
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
    });
    for (const admin of ['roomCreate', 'roomAdmin', 'roomList', 'roomRecord', 'ingressAdmin', 'hidden']) {
      expect(claims.video?.[admin as keyof typeof claims.video]).toBeFalsy();
    }
    // Short-lived: expires within ten minutes.
    expect((claims.exp ?? 0) - (claims.nbf ?? claims.iat ?? 0)).toBeLessThanOrEqual(600);
  });

  it('is refused by a verifier holding another secret', async () => {
    const { token } = await mintCallToken({
      credentials,
      roomName: 'r',
      role: 'citizen',
      id: 'a',
      displayName: 'A',
    });
    await expect(
      new TokenVerifier('test-key', 'another-secret-of-at-least-32-characters').verify(token),
    ).rejects.toThrow();
  });
});

describe('mintMonitorToken', () => {
  it('grants exactly a hidden, subscribe-only join of one room, for five minutes', async () => {
    const { token, identity } = await mintMonitorToken({
      credentials,
      roomName: 'call-t1',
      accountId: 'spv-1',
      displayName: 'Pengawas',
    });
    const claims = await new TokenVerifier(credentials.apiKey, credentials.apiSecret).verify(token);

    expect(identity).toMatch(/^monitor-spv-1-[0-9a-f]{12}$/);
    expect(claims.sub).toBe(identity);
    expect(claims.video).toEqual({
      room: 'call-t1',
      roomJoin: true,
      canSubscribe: true,
      canPublish: false,
      canPublishData: false,
      hidden: true,
      canUpdateOwnMetadata: false,
    });
    expect((claims.exp ?? 0) - (claims.nbf ?? claims.iat ?? 0)).toBe(300);
  });

  it('gives each monitoring its own identity', async () => {
    const mint = () => mintMonitorToken({ credentials, roomName: 'r', accountId: 'spv-1', displayName: 'P' });
    const [first, second] = await Promise.all([mint(), mint()]);
    expect(first.identity).not.toBe(second.identity);
  });
});
