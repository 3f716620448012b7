// One BullMQ queue per tenant: its prioritized jobs are the tickets waiting in line.
import { Queue } from 'bullmq';
import type { PlazaKeys } from './keys';
import type { Logger } from './logger';
import { createBullConnection, type RedisClient } from './redis';

export type BullConnection = ReturnType<typeof createBullConnection>;

export class TenantQueues {
  private readonly queues = new Map<string, Queue>();
  readonly connection: BullConnection;

  constructor(
    redis: RedisClient,
    private readonly keys: PlazaKeys,
    private readonly logger: Logger,
  ) {
    this.connection = createBullConnection(redis);
  }

  /** The tenant's queue, opened on first use. */
  queue(tenantCode: string): Queue {
    let queue = this.queues.get(tenantCode);
    if (!queue) {
      queue = new Queue(tenantCode, { connection: this.connection, prefix: this.keys.queuePrefix });
      // Without a listener BullMQ prints every connection error of every queue to the console;
      // the plaza's own client already warns of a lost connection.
      queue.on('error', (error) => this.logger.debug('tenant queue error', { tenant: tenantCode, error }));
      this.queues.set(tenantCode, queue);
    }
    return queue;
  }

  /** Puts a ticket in line; the job id is the ticket id, so adding twice is harmless. */
  async addTicket(options: { tenantCode: string; ticketId: string; priority: number }): Promise<void> {
    await this.queue(options.tenantCode).add(
      'ticket',
      { ticketId: options.ticketId },
      { jobId: options.ticketId, priority: options.priority, removeOnComplete: true, removeOnFail: 1000 },
    );
  }

  /** Takes a waiting ticket out of line; a job held by a dispatcher is left to it. */
  async removeTicket(options: { tenantCode: string; ticketId: string }): Promise<void> {
    await this.queue(options.tenantCode).remove(options.ticketId);
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
    await this.connection.quit?.();
  }
}
