// Account password hashes: scrypt with a per-password salt, compared in constant time. Hashing
// runs on libuv's thread pool (node:crypto's async scrypt), never on the event loop.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

const keyLength = 32;
const cost: ScryptOptions = { N: 16384, r: 8, p: 1 };
const base64Pattern = /^[A-Za-z0-9+/]+={0,2}$/;

function deriveKey(password: string, salt: Buffer, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, length, cost, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Returns `scrypt$<salt base64>$<hash base64>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await deriveKey(password, salt, keyLength);
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Whether the password matches the stored hash; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || saltText === undefined || hashText === undefined) return false;
  // Node's base64 decoder skips what it cannot read: the text must be base64 and nothing else.
  if (!base64Pattern.test(saltText) || !base64Pattern.test(hashText)) return false;
  const expected = Buffer.from(hashText, 'base64');
  if (expected.length !== keyLength) return false;
  const actual = await deriveKey(password, Buffer.from(saltText, 'base64'), keyLength);
  return timingSafeEqual(actual, expected);
}
