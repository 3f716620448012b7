import { describe, expect, it } from 'vitest';
import { lifetimeOf, monitorGrantOf, verifyCallToken } from '../../../test/support/call-token-claims';
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
    const claims = await verifyCallToken(token, credentials);

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
    expect(lifetimeOf(claims)).toBeLessThanOrEqual(600);
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
      verifyCallToken(token, { apiKey: 'test-key', apiSecret: 'another-secret-of-at-least-32-characters' }),
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
    const claims = await verifyCallToken(token, credentials);

    expect(identity).toMatch(/^monitor-spv-1-[0-9a-f]{12}$/);
    expect(claims.sub).toBe(identity);
    expect(claims.video).toEqual(monitorGrantOf('call-t1'));
    expect(lifetimeOf(claims)).toBe(300);
  });

  it('gives each monitoring its own identity', async () => {
    const mint = () => mintMonitorToken({ credentials, roomName: 'r', accountId: 'spv-1', displayName: 'P' });
    const [first, second] = await Promise.all([mint(), mint()]);
    expect(first.identity).not.toBe(second.identity);
  });
});
