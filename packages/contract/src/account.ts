// Accounts that sign in (officer, supervisor, admin), their sessions and event-stream tickets.
import { z } from 'zod';
import { tenantCodeSchema } from './catalogue';

/**
 * `officer`: serves the tenants it belongs to; `supervisor`: watches the tenants it supervises;
 * `admin`: runs the whole plaza.
 */
export const accountRoles = ['officer', 'supervisor', 'admin'] as const;
export const accountRoleSchema = z.enum(accountRoles);
export type AccountRole = z.infer<typeof accountRoleSchema>;

/** Account ids are lower-case slugs (`dkc-1`, `admin-1`); path params are parsed with this. */
export const accountIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an account id (a lower-case slug)')
  .max(64, 'must be an account id (a lower-case slug)');

/** What a signed-in account is told about itself; an admin's scope is the whole plaza. */
export const accountViewSchema = z.object({
  id: accountIdSchema,
  name: z.string(),
  role: accountRoleSchema,
  /** The tenants an officer serves or a supervisor supervises; empty for an admin. */
  tenantCodes: z.array(tenantCodeSchema),
});
export type AccountView = z.infer<typeof accountViewSchema>;

/** The answer to any account's sign-in: the session id to send as `Authorization: Bearer`. */
export const accountSessionSchema = z.object({ sessionId: z.string(), account: accountViewSchema });
export type AccountSession = z.infer<typeof accountSessionSchema>;

/** A short-lived, single-use ticket that opens one event stream (EventSource sends no headers). */
export const streamTicketSchema = z.object({ streamTicket: z.string() });
export type StreamTicket = z.infer<typeof streamTicketSchema>;

/** The answer of an admin ending an account's sessions. */
export const endedSessionsSchema = z.object({ accountId: accountIdSchema, ended: z.number().int() });
export type EndedSessions = z.infer<typeof endedSessionsSchema>;
