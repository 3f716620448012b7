// Per-run credentials for local stacks: fresh every run, so nothing secret is ever committed.
import { randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random string of letters and digits (safe in YAML, env files and URLs). */
export function randomSecret(length = 48): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length)) {
      // 248 = 4 × 62: rejecting higher bytes keeps every character equally likely.
      if (byte < 248 && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** A LiveKit API key of the form `vp<hex>`. */
export function randomApiKey(): string {
  return `vp${randomBytes(6).toString('hex')}`;
}
