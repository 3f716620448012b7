// Ticket requests and views: what a citizen sends and sees.
import { z } from 'zod';
import { serviceIdSchema, tenantCodeSchema } from './catalogue';

/** Every ticket id the engine makes is a random UUID; ids from paths and bodies are parsed with this. */
export const ticketIdSchema = z.uuid('must be a ticket id');

export const ticketStatuses = [
  'waiting',
  'offered',
  'in_call',
  'completed',
  'cancelled',
  'abandoned',
  'no_show',
  'transferred',
] as const;
export const ticketStatusSchema = z.enum(ticketStatuses);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const terminalTicketStatuses: readonly TicketStatus[] = [
  'completed',
  'cancelled',
  'abandoned',
  'no_show',
  'transferred',
];

export const citizenNameSchema = z
  .string()
  .trim()
  .min(1, 'name is required')
  .max(80, 'name is at most 80 characters')
  .regex(/^[\p{L}\p{M}' .,-]+$/u, "name may hold letters, spaces and . , ' - only");

/** Groups served before everyone else: the elderly, people with disabilities, pregnant women. */
export const vulnerableGroups = ['lansia', 'disabilitas', 'ibu_hamil'] as const;
export const vulnerableGroupSchema = z.enum(vulnerableGroups);
export type VulnerableGroup = z.infer<typeof vulnerableGroupSchema>;

/**
 * A solved proof-of-work challenge (ALTCHA's base64 payload), opaque to everyone but the API.
 * Optional here; the API requires it while its ticket proof is switched on.
 */
export const ticketProofSchema = z
  .string()
  .min(1, 'proof is required')
  .max(4096, 'proof is at most 4096 characters')
  .regex(/^[A-Za-z0-9+/=]+$/, 'proof must be base64');

export const createTicketRequestSchema = z.strictObject({
  tenantCode: tenantCodeSchema,
  serviceId: serviceIdSchema,
  name: citizenNameSchema,
  vulnerableGroup: vulnerableGroupSchema.optional(),
  proof: ticketProofSchema.optional(),
});
export type CreateTicketRequest = z.infer<typeof createTicketRequestSchema>;

/**
 * Answer of `GET /api/tickets/challenge`: the proof-of-work challenge to solve before taking a
 * ticket (ALTCHA v2: its parameters and their signature), or `required: false` while the plaza
 * runs with the proof switched off.
 */
export const ticketChallengeSchema = z.discriminatedUnion('required', [
  z.object({ required: z.literal(false) }),
  z.object({
    required: z.literal(true),
    challenge: z.object({
      parameters: z.looseObject({
        algorithm: z.string(),
        nonce: z.string(),
        salt: z.string(),
        cost: z.number(),
        keyLength: z.number(),
        keyPrefix: z.string(),
        expiresAt: z.number().optional(),
      }),
      signature: z.string(),
    }),
    /** How long the challenge stays valid from when it was issued, so no clock needs to agree. */
    expiresInSeconds: z.number().int().positive(),
  }),
]);
export type TicketChallenge = z.infer<typeof ticketChallengeSchema>;

/** What the citizen sees of their ticket. */
export const ticketViewSchema = z.object({
  id: z.string(),
  number: z.string(),
  tenantCode: z.string(),
  serviceId: z.string(),
  status: ticketStatusSchema,
  /** 1 for the next citizen to be served; null once the ticket left the line. */
  position: z.number().int().positive().nullable(),
  estimatedWaitMinutes: z.number().int().nonnegative().nullable(),
  createdAt: z.number(),
  /** Set when an officer moved the citizen to another tenant: the ticket to follow (same link key). */
  transferredTo: z.string().nullable(),
  /** Why a ticket ended, where the status alone does not say: `closed` (the tenant closed). */
  endReason: z.enum(['closed']).nullable(),
  /**
   * Counted up by every change of the ticket: of two views, the one with the higher revision is
   * newer, whichever arrived last (an answer and a push race). Equal revisions differ only in
   * position, which the later read knows better.
   */
  revision: z.number().int().nonnegative(),
});
export type TicketView = z.infer<typeof ticketViewSchema>;

/** Answer to ticket creation: the view plus the secret that makes the ticket link. */
export const createdTicketSchema = z.object({ ticket: ticketViewSchema, accessKey: z.string() });
export type CreatedTicket = z.infer<typeof createdTicketSchema>;

/** Where and how a browser joins its call. */
export const callJoinSchema = z.object({
  serverUrl: z.string(),
  roomName: z.string(),
  token: z.string(),
  identity: z.string(),
  /**
   * Who is on the other side, as this side may see it: the officer is told the ticket number (never
   * the citizen's name, which stays out of LiveKit); absent where not known yet (the citizen learns
   * the officer's name from the room).
   */
  peerName: z.string().optional(),
});
export type CallJoin = z.infer<typeof callJoinSchema>;
