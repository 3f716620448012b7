// One process of an invariant run: a whole engine (dispatch and sweeping, as an API process
// runs them) plus the people it serves: a share of the officers, who accept, decline, ignore,
// transfer and complete at random, and citizens who take tickets and sometimes cancel them.
// Killed at any moment and started again, it picks up its officers where the record left them,
// as an officer reloading the console would. Half the citizens keep their page open on this
// process for up to two seconds: a kill leaves those connections for another process to reap.
import { isAppError } from '@vp/contract';
import {
  acceptOffer,
  cancelTicket,
  connectRedis,
  createLogger,
  createTicket,
  declineOffer,
  endOfficerCall,
  getOfficerView,
  markCitizenConnected,
  markCitizenDisconnected,
  type OfficerIdentity,
  setOfficerStatus,
  startPlaza,
  transferTicket,
} from '@vp/engine';
import { invariantCatalogue, invariantOfficers, tenantCodes } from './invariant-catalogue';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const slot = Number(env('SLOT'));
const slots = Number(env('SLOTS'));
const ticketTarget = Number(env('TICKETS'));
const prefix = env('PREFIX');

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Expected refusals of a race lost to another process or a deadline. */
const ignoreRaces = (error: unknown) => {
  if (!isAppError(error)) throw error;
};

async function main() {
  const redis = await connectRedis({ url: env('REDIS_URL'), onError: () => {} });
  const plaza = await startPlaza({
    redis,
    prefix,
    catalogue: invariantCatalogue,
    // Warnings and errors reach the test's output: a stuck run then says why.
    logger: createLogger({ level: 'warn', name: `plaza-${slot}` }),
    dispatch: { leaseTtlMs: 2000, renewEveryMs: 500 },
    sweepEveryMs: 100,
    // A killed process's citizen connections are reaped 1.5 s after its last heartbeat.
    // The history checker replays the whole plaza history: the trim must never reach a run's.
    settings: { noShowMs: 600_000, processTimeoutMs: 1500, historyMaxEntries: 100_000_000 },
  });
  const context = plaza.context;
  // Which registration is this slot's now, for the test to tell live processes from dead ones.
  await redis.set(`${prefix}:test:process:${slot}`, context.presence.id);
  const officers = invariantOfficers.filter((_, i) => i % slots === slot);
  const busy = new Set<string>();

  /** One decision for an officer, at most one at a time, from the state in Redis. */
  async function act(officer: OfficerIdentity): Promise<void> {
    if (busy.has(officer.id)) return;
    busy.add(officer.id);
    try {
      const view = await getOfficerView(context, officer);
      await sleep(Math.random() * 20);
      if (view.status === 'offered' && view.ticket) {
        const roll = Math.random();
        if (roll < 0.7) await acceptOffer(context, { officer, ticketId: view.ticket.id });
        else if (roll < 0.85) await declineOffer(context, { officer, ticketId: view.ticket.id });
        // Otherwise the offer is let to time out; the officer goes away.
      } else if (view.status === 'in_call' && view.ticket) {
        const roll = Math.random();
        const ticketId = view.ticket.id;
        if (roll < 0.1) {
          const target = pick(tenantCodes.filter((code) => code !== view.ticket?.tenantCode));
          await transferTicket(context, { officer, ticketId, tenantCode: target });
        } else {
          await endOfficerCall(context, { officer, ticketId });
        }
      } else if (view.status !== 'ready') {
        await setOfficerStatus(context, { officer, status: 'ready' });
      }
    } catch (error) {
      ignoreRaces(error);
    } finally {
      busy.delete(officer.id);
    }
  }

  plaza.onEvent((event) => {
    const officer = event.type === 'officer' ? officers.find((o) => o.id === event.id) : undefined;
    if (officer) void act(officer);
  });
  const reconcile = setInterval(() => {
    for (const officer of officers) void act(officer);
  }, 200);

  // Citizens: take tickets until the run's target is reached, and cancel some.
  while ((await redis.incr(`${prefix}:test:tickets`)) <= ticketTarget) {
    const created = await createTicket(context, {
      tenantCode: pick(tenantCodes),
      serviceId: 'layanan',
      name: 'Warga',
      vulnerableGroup:
        Math.random() < 0.2 ? pick(['lansia', 'disabilitas', 'ibu_hamil'] as const) : undefined,
    });
    if (Math.random() < 0.5) {
      const ticketId = created.ticket.id;
      await markCitizenConnected(context, ticketId);
      setTimeout(
        () => void markCitizenDisconnected(context, ticketId).catch(ignoreRaces),
        Math.random() * 2000,
      );
    }
    // One citizen in twenty cancels their own ticket within half a second, while it waits, is
    // offered or is in its call: some cancels always land, whatever the kills cut short.
    if (Math.random() < 0.05) {
      const ticketId = created.ticket.id;
      setTimeout(() => void cancelTicket(context, ticketId).catch(ignoreRaces), Math.random() * 500);
    }
    await sleep(Math.random() * 6);
  }
  process.stdout.write(`slot ${slot}: tickets taken\n`);

  const stop = async () => {
    clearInterval(reconcile);
    await plaza.close();
    redis.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`slot ${slot} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
