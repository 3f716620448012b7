// The citizen's presence: live connections while waiting (I7), and joining the call (no-show).
import type { PlazaContext } from './context';
import { runScript } from './scripts';

async function changeConnections(context: PlazaContext, ticketId: string, delta: 1 | -1): Promise<void> {
  const { keys } = context;
  await runScript(
    context.redis,
    'citizen-presence',
    [keys.ticket(ticketId), keys.deadlines, keys.history],
    [ticketId, delta, context.clock.now(), context.settings.graceMs, keys.prefix],
  );
}

/** A page of the citizen connected to the ticket: a running grace period stops. */
export function markCitizenConnected(context: PlazaContext, ticketId: string): Promise<void> {
  return changeConnections(context, ticketId, 1);
}

/** A page of the citizen went away; when it was the last, the grace period starts. */
export function markCitizenDisconnected(context: PlazaContext, ticketId: string): Promise<void> {
  return changeConnections(context, ticketId, -1);
}

/** The citizen joined their call: they are no no-show. */
export async function markCitizenJoined(context: PlazaContext, ticketId: string): Promise<void> {
  const { keys } = context;
  await runScript(
    context.redis,
    'mark-joined',
    [keys.ticket(ticketId), keys.deadlines],
    [ticketId, context.clock.now()],
  );
}
