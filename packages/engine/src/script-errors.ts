// Negative codes returned by the Lua scripts, and their translation into domain errors.
import { AppError } from '@vp/contract';

export enum ScriptErrorCode {
  TicketExists = -1,
  LeaseNotHeld = -2,
  TicketMissing = -3,
  TicketNotWaiting = -4,
  NoOfficerReady = -5,
  OfficerBusy = -6,
  OfferNotFound = -7,
  TicketNotEndable = -8,
  DailyCapacityReached = -9,
  NotDueYet = -10,
  NotHeadOfLine = -11,
  QuotaReached = -12,
  ProcessNotRegistered = -13,
  TicketNotOfficers = -14,
  TicketNotServed = -15,
  /** The priority cap is reached: a regular ticket is due ahead of the priority tickets. */
  RegularTurn = -16,
  TicketNotInOfficersCall = -17,
  PriorityClaimNotOpen = -18,
  /** A supervisor paused the tenant's intake (create-ticket replies `{ -19, resumesAt or "" }`). */
  IntakePaused = -19,
}

/** An AppError made from a script's reply; keeps the reply's code for callers that expect some. */
export class ScriptError extends AppError {
  readonly scriptCode: number;

  constructor(scriptCode: number, error: AppError) {
    super(error.code, error.message, {
      userMessage: error.userMessage,
      field: error.field,
      details: error.details,
    });
    this.name = 'ScriptError';
    this.scriptCode = scriptCode;
  }
}

/** Whether the error is a script's reply with one of these codes. */
export function isScriptError(error: unknown, codes: readonly ScriptErrorCode[]): error is ScriptError {
  return error instanceof ScriptError && codes.includes(error.scriptCode);
}

/** Turns a script's negative result into the AppError a caller sees. */
export function toScriptError(code: number, context: { script: string; ticketId?: string }): ScriptError {
  return new ScriptError(code, describeScriptError(code, context));
}

function describeScriptError(code: number, context: { script: string; ticketId?: string }): AppError {
  const where = `${context.script}${context.ticketId ? ` (ticket ${context.ticketId})` : ''}`;
  switch (code as ScriptErrorCode) {
    case ScriptErrorCode.TicketExists:
      return new AppError('conflict', `${where}: ticket exists`);
    case ScriptErrorCode.LeaseNotHeld:
      return new AppError('conflict', `${where}: dispatch lease not held`);
    case ScriptErrorCode.TicketMissing:
      return new AppError('ticket_not_found', `${where}: ticket missing`, {
        userMessage: 'Ticket not found',
      });
    case ScriptErrorCode.TicketNotWaiting:
      return new AppError('ticket_not_waiting', `${where}: ticket not waiting`, {
        userMessage: 'The ticket is no longer waiting',
      });
    case ScriptErrorCode.NoOfficerReady:
      return new AppError('conflict', `${where}: no officer ready`);
    case ScriptErrorCode.OfficerBusy:
      return new AppError('officer_busy', `${where}: officer busy`, {
        userMessage: 'Finish the current offer or call first',
      });
    case ScriptErrorCode.OfferNotFound:
      return new AppError('offer_not_found', `${where}: no such offer`, {
        userMessage: 'The offer is no longer open',
      });
    case ScriptErrorCode.TicketNotEndable:
      return new AppError('conflict', `${where}: ticket cannot end from its status`, {
        userMessage: 'The ticket has already ended or cannot end now',
      });
    case ScriptErrorCode.DailyCapacityReached:
      return new AppError('unavailable', `${where}: daily arrival capacity reached`, {
        userMessage: 'The plaza takes no more tickets today',
      });
    case ScriptErrorCode.NotHeadOfLine:
      return new AppError('conflict', `${where}: another ticket is ahead in line`);
    case ScriptErrorCode.RegularTurn:
      return new AppError('conflict', `${where}: a regular ticket's turn is due`);
    case ScriptErrorCode.QuotaReached:
      return new AppError('quota_reached', `${where}: daily quota reached`, {
        userMessage: 'No more tickets for this tenant today',
        field: 'tenantCode',
      });
    case ScriptErrorCode.TicketNotOfficers:
      return new AppError('forbidden', `${where}: ticket not served by this officer`, {
        userMessage: 'This ticket was not served by you',
        field: 'ticketId',
      });
    case ScriptErrorCode.TicketNotServed:
      return new AppError('ticket_not_served', `${where}: ticket not ended from a call`, {
        userMessage: 'Notes can be recorded only once the call has ended',
        field: 'ticketId',
      });
    case ScriptErrorCode.TicketNotInOfficersCall:
      return new AppError('ticket_not_in_call', `${where}: ticket not in a call with this officer`, {
        userMessage: 'This ticket is not in your call',
        field: 'ticketId',
      });
    case ScriptErrorCode.PriorityClaimNotOpen:
      return new AppError('priority_claim_not_open', `${where}: no priority claim to answer`, {
        userMessage: 'This citizen declared no priority group, or the claim is already answered',
        field: 'ticketId',
      });
    case ScriptErrorCode.NotDueYet:
      return new AppError('conflict', `${where}: deadline not due yet`);
    default:
      return new AppError('internal', `${where}: unknown script result ${code}`);
  }
}
