// Runs in every API process: takes the dispatch lease of each tenant it can and runs that
// tenant's dispatcher while it holds it. A process that dies loses its leases within the
// lease time and another process takes over.
import { randomUUID } from 'node:crypto';
import type { PlazaContext } from './context';
import type { PlazaEvent } from './plaza-events';
import { runScript } from './scripts';
import { TenantDispatcher } from './tenant-dispatcher';

export interface DispatchOptions {
  leaseTtlMs?: number;
  renewEveryMs?: number;
}

export class Dispatch {
  readonly owner = `${process.pid}-${randomUUID()}`;
  private readonly dispatchers = new Map<string, TenantDispatcher>();
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> = Promise.resolve();
  private readonly leaseTtlMs: number;
  private readonly renewEveryMs: number;

  constructor(
    private readonly context: PlazaContext,
    options: DispatchOptions = {},
  ) {
    this.leaseTtlMs = options.leaseTtlMs ?? 8000;
    this.renewEveryMs = options.renewEveryMs ?? 2000;
  }

  async start(): Promise<void> {
    await this.renewLeases();
    this.timer = setInterval(() => {
      this.renewing = this.renewLeases().catch((error: unknown) =>
        this.context.logger.warn('lease renewal failed', { error }),
      );
    }, this.renewEveryMs);
  }

  /** Tenants this process dispatches right now. */
  heldTenants(): string[] {
    return [...this.dispatchers.keys()];
  }

  /** Wakes the dispatchers an event concerns, so a newly ready officer is matched at once. */
  notify(event: PlazaEvent): void {
    if (event.type === 'officer' && event.status === 'ready') {
      for (const tenant of event.tenants?.split(',') ?? []) this.dispatchers.get(tenant)?.wake();
    }
    if (event.type === 'ticket' && event.officer && !['offered', 'in_call'].includes(event.status)) {
      // The ticket's officer was freed; they may serve several tenants.
      for (const dispatcher of this.dispatchers.values()) dispatcher.wake();
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.renewing;
    const tenants = [...this.dispatchers.keys()];
    await Promise.all([...this.dispatchers.values()].map((dispatcher) => dispatcher.stop()));
    this.dispatchers.clear();
    await Promise.all(
      tenants.map((tenant) =>
        runScript(this.context.redis, 'release-lease', [this.context.keys.lease(tenant)], [this.owner]),
      ),
    );
  }

  private async renewLeases(): Promise<void> {
    const { context } = this;
    await Promise.all(
      context.catalogue.tenants.map(async ({ code }) => {
        const held = await runScript(
          context.redis,
          'hold-lease',
          [context.keys.lease(code)],
          [this.owner, this.leaseTtlMs],
        );
        const dispatcher = this.dispatchers.get(code);
        if (held === 1 && !dispatcher?.running) {
          if (dispatcher) await dispatcher.stop();
          this.dispatchers.set(code, new TenantDispatcher(context, code, this.owner));
        } else if (held !== 1 && dispatcher) {
          this.dispatchers.delete(code);
          await dispatcher.stop();
        }
      }),
    );
  }
}
