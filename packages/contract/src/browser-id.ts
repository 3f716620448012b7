// The random id a browser keeps (localStorage) and sends with ticket creation, so the API can
// limit tickets per browser as well as per address (apps/api rate-limits.ts). It identifies
// nothing but that browser's storage: no cookie, no fingerprint.
import { z } from 'zod';

/** The request header carrying the browser id. */
export const browserIdHeader = 'X-Browser-Id';

/** A browser id is a random UUID (`crypto.randomUUID()`). */
export const browserIdSchema = z.uuid({ error: 'X-Browser-Id must be a UUID' });
