// The citizen's presence: live connections while waiting (I7), and joining the call (no-show).
//
// Every API process counts the connections it holds in Redis under its own registration, and
// beats while it lives. When a process dies (or freezes past the timeout), any other process
// takes its connections off their tickets, so a citizen whose only page was on it gets their
// grace period as if the page had dropped, instead of being counted as connected for good.
import type { PlazaContext } from './context';
import { isRedisUnavailableError } from './redis';
import { ScriptErrorCode } from './script-errors';
import { runScript } from './scripts';

function connectionKeys(context: PlazaContext) {
  const { keys, presence } = context;
  return { registry: keys.processes, connections: keys.processConnections(presence.id) };
}

/** Registers this process and counts again the connections it holds; none at its start. */
function rejoin(context: PlazaContext): Promise<unknown> {
  const { registry, connections } = connectionKeys(context);
  return runScript(
    context.redis,
    'process-rejoin',
    [registry, connections, context.keys.deadlines],
    [
      context.presence.id,
      context.clock.now(),
      context.keys.prefix,
      context.keys.channel,
      ...context.presence.heldPairs(),
    ],
  );
}

async function changeConnections(context: PlazaContext, ticketId: string, delta: 1 | -1): Promise<void> {
  const { keys, presence } = context;
  const { registry, connections } = connectionKeys(context);
  await presence.serialize(async () => {
    presence.change(ticketId, delta);
    let reply: Awaited<ReturnType<typeof runScript>>;
    try {
      reply = await runScript(
        context.redis,
        'citizen-presence',
        [keys.ticket(ticketId), keys.deadlines, keys.history, connections, registry],
        [
          ticketId,
          delta,
          context.clock.now(),
          context.settings.graceMs,
          presence.id,
          keys.prefix,
          keys.channel,
        ],
      );
    } catch (error) {
      // Not written: what this process holds stays as Redis has it.
      presence.change(ticketId, delta > 0 ? -1 : 1);
      throw error;
    }
    if (reply === ScriptErrorCode.TicketMissing && delta > 0) presence.change(ticketId, -1);
    // Reaped while frozen: register again, counting this connection with the others held.
    if (reply === ScriptErrorCode.ProcessNotRegistered) await rejoin(context);
  });
}

/** Registers this process; before any citizen connects to it. */
export function registerProcess(context: PlazaContext): Promise<unknown> {
  return context.presence.serialize(() => rejoin(context));
}

/**
 * Beats for this process (rejoining if it was reaped), then reaps the processes that stopped
 * beating; returns how many were reaped. Every process sweeps; the reap script checks again.
 */
export async function sweepPresence(context: PlazaContext): Promise<number> {
  const { keys, presence } = context;
  await presence.serialize(async () => {
    const alive = await runScript(
      context.redis,
      'process-heartbeat',
      [keys.processes],
      [presence.id, context.clock.now()],
    );
    if (alive === 0) await rejoin(context);
  });
  const staleBefore = context.clock.now() - context.settings.processTimeoutMs;
  const stale = await context.redis.zRangeByScore(keys.processes, '-inf', `(${staleBefore}`);
  let reaped = 0;
  for (const processId of stale) {
    if (processId === presence.id) continue;
    if ((await reapProcess(context, { processId, staleBefore })) >= 0) reaped += 1;
  }
  return reaped;
}

/** Takes a silent process's connections off their tickets; -1 when it beat after `staleBefore`. */
function reapProcess(
  context: PlazaContext,
  options: { processId: string; staleBefore: number },
): Promise<number> {
  const { keys } = context;
  return runScript(
    context.redis,
    'reap-process',
    [keys.processes, keys.processConnections(options.processId), keys.deadlines, keys.history],
    [
      options.processId,
      options.staleBefore,
      context.clock.now(),
      context.settings.graceMs,
      keys.prefix,
      keys.channel,
    ],
  ) as Promise<number>;
}

/**
 * Leaves the registry on a clean shutdown: the connections held here end with the process, so
 * their tickets start their grace periods now (the pages reconnect to another process).
 */
export function leaveRegistry(context: PlazaContext): Promise<unknown> {
  return context.presence.serialize(async () => {
    await reapProcess(context, { processId: context.presence.id, staleBefore: Number.MAX_SAFE_INTEGER });
    context.presence.forget();
  });
}

/** A page of the citizen connected to the ticket: a running grace period stops. */
export function markCitizenConnected(context: PlazaContext, ticketId: string): Promise<void> {
  return changeConnections(context, ticketId, 1);
}

const disconnectRetryMs = { first: 250, max: 5_000 };

/**
 * A page of the citizen went away; when it was the last, the grace period starts. While Redis is
 * unavailable the change is tried again until it is written (or the client is closed), so a
 * page that left during an outage is not counted as connected for good.
 */
export async function markCitizenDisconnected(context: PlazaContext, ticketId: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await changeConnections(context, ticketId, -1);
      return;
    } catch (error) {
      if (!isRedisUnavailableError(error) || !context.redis.isOpen) throw error;
      const delay = Math.min(disconnectRetryMs.max, disconnectRetryMs.first * 2 ** attempt);
      // Unreferenced: a retry never keeps a process from exiting.
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
    }
  }
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
