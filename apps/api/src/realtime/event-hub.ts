// Pushes fresh views to the browsers connected to this process when the plaza announces a
// change. A change in a tenant's line moves everyone behind it, so those positions are
// refreshed too, at most once per flush interval per tenant.
import type { OfficerStreamEvent, TicketStreamEvent } from '@vp/contract';
import {
  describeTicket,
  getOfficerView,
  type Logger,
  type OfficerIdentity,
  type PlazaContext,
  type PlazaEvent,
  readTicket,
} from '@vp/engine';
import type { EventStream } from './event-stream';

const lineFlushMs = 200;

interface TicketWatch {
  tenantCode: string;
  streams: Set<EventStream>;
}

export class EventHub {
  private readonly tickets = new Map<string, TicketWatch>();
  private readonly officers = new Map<string, { officer: OfficerIdentity; streams: Set<EventStream> }>();
  private readonly changedLines = new Set<string>();
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly context: PlazaContext,
    private readonly logger: Logger,
  ) {}

  /** Follows a ticket on a stream; sends its current view at once. Returns the unfollow function. */
  watchTicket(options: { ticketId: string; tenantCode: string; stream: EventStream }): () => void {
    const watch = this.tickets.get(options.ticketId) ?? {
      tenantCode: options.tenantCode,
      streams: new Set(),
    };
    watch.streams.add(options.stream);
    this.tickets.set(options.ticketId, watch);
    void this.pushTicket(options.ticketId, [options.stream]);
    return () => {
      watch.streams.delete(options.stream);
      if (watch.streams.size === 0) this.tickets.delete(options.ticketId);
    };
  }

  /** How many open streams follow the ticket on this process. */
  countTicketStreams(ticketId: string): number {
    return this.tickets.get(ticketId)?.streams.size ?? 0;
  }

  watchOfficer(options: { officer: OfficerIdentity; stream: EventStream }): () => void {
    const watch = this.officers.get(options.officer.id) ?? { officer: options.officer, streams: new Set() };
    watch.streams.add(options.stream);
    this.officers.set(options.officer.id, watch);
    void this.pushOfficer(options.officer.id, [options.stream]);
    return () => {
      watch.streams.delete(options.stream);
      if (watch.streams.size === 0) this.officers.delete(options.officer.id);
    };
  }

  /** Handles one plaza event; called for every event this process receives. */
  handle(event: PlazaEvent): void {
    if (event.type === 'ticket') {
      void this.pushTicket(event.id);
      this.changedLines.add(event.tenant);
      this.flushTimer ??= setTimeout(() => this.flushLines(), lineFlushMs);
    } else {
      void this.pushOfficer(event.id);
    }
  }

  close(): void {
    clearTimeout(this.flushTimer);
  }

  private flushLines(): void {
    this.flushTimer = undefined;
    const tenants = new Set(this.changedLines);
    this.changedLines.clear();
    for (const [ticketId, watch] of this.tickets) {
      if (tenants.has(watch.tenantCode)) void this.pushTicket(ticketId);
    }
  }

  private async pushTicket(ticketId: string, only?: EventStream[]): Promise<void> {
    const streams = only ?? [...(this.tickets.get(ticketId)?.streams ?? [])];
    if (streams.length === 0) return;
    try {
      const record = await readTicket(this.context, ticketId);
      if (!record) return;
      const message: TicketStreamEvent = {
        type: 'ticket',
        ticket: await describeTicket(this.context, record),
      };
      for (const stream of streams) stream.send(message);
    } catch (error) {
      this.logger.warn('ticket push failed', { ticketId, error });
    }
  }

  private async pushOfficer(officerId: string, only?: EventStream[]): Promise<void> {
    const watch = this.officers.get(officerId);
    const streams = only ?? [...(watch?.streams ?? [])];
    if (!watch || streams.length === 0) return;
    try {
      const message: OfficerStreamEvent = {
        type: 'officer',
        officer: await getOfficerView(this.context, watch.officer),
      };
      for (const stream of streams) stream.send(message);
    } catch (error) {
      this.logger.warn('officer push failed', { officerId, error });
    }
  }
}
