// Feeds one tenant's line to its officers. Only the holder of the tenant's lease runs one, so
// tickets leave the line in queue order, subject to the priority cap (I3), however many API
// processes there are.
import { Worker } from 'bullmq';
import type { PlazaContext } from './context';
import { matchTicket } from './match-ticket';
import { queueTicket } from './tickets';
import { WakeSignal } from './wake-signal';

/** Idle re-check period: covers an announcement missed during a reconnect. */
const idleRecheckMs = 1000;
const retryDelayMs = 250;

export class TenantDispatcher {
  private readonly worker: Worker;
  private readonly wakeSignal = new WakeSignal();
  private stopped = false;
  private finished = false;
  private fetches = 0;
  private readonly loop: Promise<void>;

  constructor(
    private readonly context: PlazaContext,
    private readonly tenantCode: string,
    private readonly leaseOwner: string,
  ) {
    this.worker = new Worker(tenantCode, null, {
      connection: context.queues.connection,
      prefix: context.keys.queuePrefix,
      autorun: false,
      // A job is held for one match (milliseconds); a dead holder's job returns within seconds.
      lockDuration: 4000,
      stalledInterval: 2000,
      maxStalledCount: Number.MAX_SAFE_INTEGER,
      drainDelay: 2,
    });
    this.worker.on('error', (error) =>
      context.logger.warn('dispatcher worker error', { tenant: tenantCode, error }),
    );
    this.loop = this.run().catch((error: unknown) => {
      context.logger.error('dispatcher stopped on error', { tenant: tenantCode, error });
    });
  }

  /** Something changed for this tenant (an officer became ready): look again now. */
  wake(): void {
    this.wakeSignal.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeSignal.wake();
    await this.worker.close(true);
    await this.loop;
  }

  /** Whether the loop is still going; a holder restarts a dispatcher whose loop ended. */
  get running(): boolean {
    return !this.finished;
  }

  private async run(): Promise<void> {
    try {
      await this.worker.startStalledCheckTimer();
      // A previous holder that died may have left the head of the line active; the stalled
      // check puts it back before anyone behind it is served.
      const queue = this.context.queues.queue(this.tenantCode);
      while (!this.stopped && (await queue.getActiveCount()) > 0) {
        await this.wakeSignal.wait(idleRecheckMs);
      }
      while (!this.stopped) {
        try {
          if ((await this.dispatchOnce()) === 'lease_lost') return;
        } catch (error) {
          // One failed step (a lost lock, a dropped connection) must not stop the tenant's line:
          // a job we held goes back through the stalled check; try again shortly.
          this.context.logger.warn('dispatch step failed', { tenant: this.tenantCode, error });
          await this.wakeSignal.wait(retryDelayMs);
        }
      }
    } finally {
      this.finished = true;
    }
  }

  /** Waits for a ready officer and a ticket, and matches the ticket due once. */
  private async dispatchOnce(): Promise<'done' | 'lease_lost'> {
    const { context, tenantCode } = this;
    if ((await context.redis.zCard(context.keys.ready(tenantCode))) === 0) {
      await this.wakeSignal.wait(idleRecheckMs);
      return 'done';
    }
    const token = `${this.leaseOwner}:${++this.fetches}`;
    const job = await this.worker.getNextJob(token, { block: true });
    if (!job?.id || this.stopped) {
      if (job) await job.moveToWait(token);
      return 'done';
    }
    const outcome = await matchTicket(context, { ticketId: job.id, tenantCode, leaseOwner: this.leaseOwner });
    switch (outcome.kind) {
      case 'offered':
      case 'in_call':
      case 'ticket_gone':
        await job.moveToCompleted(outcome.kind, token, false);
        return 'done';
      case 'not_head':
        // The head's job is not in BullMQ yet (just returned or created, or its process died
        // before adding it): add it now, idempotently, and fetch again.
        await job.moveToWait(token);
        if (outcome.headTicketId) {
          await queueTicket(context, {
            tenantCode,
            ticketId: outcome.headTicketId,
            priority: outcome.headPriority,
          });
        }
        return 'done';
      case 'regular_turn':
        // BullMQ hands out priority first; under the cap the regular ticket due is matched past it.
        await job.moveToWait(token);
        return this.matchRegularTurn(outcome.ticketId, outcome.priority);
      case 'no_officer':
        await job.moveToWait(token);
        return 'done';
      case 'lease_lost':
        await job.moveToWait(token);
        return 'lease_lost';
    }
  }

  /**
   * Matches the regular ticket whose turn the priority cap gave, without holding its job (BullMQ
   * cannot fetch a job out of priority order), then takes its job out of the queue. Should this
   * process die in between, the job left behind is dropped when fetched (its ticket no longer
   * waits). A ticket returned to waiting meanwhile keeps a job: it is added again if it was taken.
   */
  private async matchRegularTurn(ticketId: string, priority: number): Promise<'done' | 'lease_lost'> {
    const { context, tenantCode } = this;
    const outcome = await matchTicket(context, { ticketId, tenantCode, leaseOwner: this.leaseOwner });
    if (outcome.kind === 'lease_lost') return 'lease_lost';
    if (outcome.kind !== 'offered' && outcome.kind !== 'in_call') return 'done';
    await context.queues
      .removeTicket({ tenantCode, ticketId })
      .catch((error: unknown) =>
        context.logger.debug('regular turn job left to its fetch', { tenant: tenantCode, ticketId, error }),
      );
    if ((await context.redis.hGet(context.keys.ticket(ticketId), 'status')) === 'waiting') {
      await queueTicket(context, { tenantCode, ticketId, priority });
    }
    return 'done';
  }
}
