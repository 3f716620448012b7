// Password hashing: scrypt hashes that verify, and the work done off the event loop.
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  it('verifies the right password only, and never a malformed hash', async () => {
    const stored = await hashPassword('plaza-demo');
    expect(stored).toMatch(/^scrypt\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('plaza-demo', stored)).toBe(true);
    expect(await verifyPassword('plaza-demo!', stored)).toBe(false);
    for (const malformed of ['', 'scrypt$', 'scrypt$abc$', 'bcrypt$a$b', `${stored}x`]) {
      expect(await verifyPassword('plaza-demo', malformed), malformed).toBe(false);
    }
  });

  it('leaves the event loop free while it hashes', async () => {
    const stored = await hashPassword('plaza-demo');
    let turns = 0;
    let done = false;
    const turn = () => {
      if (done) return;
      turns += 1;
      setImmediate(turn);
    };
    setImmediate(turn);
    // A synchronous scrypt would hold the loop for the whole check: not one turn would pass.
    await verifyPassword('plaza-demo', stored);
    done = true;
    expect(turns).toBeGreaterThan(1);
  });
});
