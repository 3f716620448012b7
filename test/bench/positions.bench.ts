// npm run bench:positions — what one change in a line costs when every waiting citizen follows
// their ticket: the head leaves, and each ticket behind gets its new position pushed. Measured for
// growing lines on a real Redis; the cost per ticket must stay flat (linear, not quadratic).
// Beside it, the baseline: one Redis round trip per ticket, one after the other.
import { performance } from 'node:perf_hooks';
import { catalogueSchema, type TicketStreamEvent } from '@vp/contract';
import { cancelTicket, createTicket, silentLogger, startPlaza } from '@vp/engine';
import { EventHub } from '../../apps/api/src/realtime/event-hub';
import type { EventStream } from '../../apps/api/src/realtime/event-stream';
import { round } from './bench-stats';
import { runBench } from './run-bench';

const text = (id: string) => ({ id, en: id });
const catalogue = catalogueSchema.parse({
  tenants: [
    {
      code: 'DKC',
      name: text('Disdukcapil'),
      description: text('-'),
      timeZone: 'Asia/Makassar',
      services: [{ id: 'ktp-el', name: text('KTP-el'), requirements: [text('KK')], averageMinutes: 10 }],
    },
  ],
});

runBench(async (redis) => {
  for (const length of [1000, 2500, 5000, 10000]) {
    const plaza = await startPlaza({
      redis,
      prefix: `bench-positions-${length}`,
      catalogue,
      logger: silentLogger,
      dispatch: false,
    });
    const hub = new EventHub(plaza.context, silentLogger);
    const stopListening = plaza.onEvent((event) => hub.handle(event));
    const ids: string[] = [];
    for (let i = 0; i < length; i += 500) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(500, length - i) }, () =>
          createTicket(plaza.context, { tenantCode: 'DKC', serviceId: 'ktp-el', name: 'Warga' }),
        ),
      );
      ids.push(...batch.map((created) => created.ticket.id));
    }
    // Every citizen follows their ticket; a stream here records when its new position arrives.
    let pending = length - 1;
    let allPushed: () => void = () => {};
    const pushed = new Promise<void>((resolve) => {
      allPushed = resolve;
    });
    let settling = true;
    ids.forEach((ticketId, index) => {
      const stream: EventStream = {
        closed: false,
        send(message) {
          const { ticket } = message as TicketStreamEvent;
          if (!settling && index > 0 && ticket.position === index) {
            pending -= 1;
            if (pending === 0) allPushed();
          }
        },
      };
      hub.watchTicket({ ticketId, tenantCode: 'DKC', stream });
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    settling = false;

    const t0 = performance.now();
    await cancelTicket(plaza.context, ids[0] ?? '');
    await pushed;
    // The hub coalesces changes for 200 ms before it recomputes: take that out of the cost.
    const pushMs = performance.now() - t0 - 200;

    const b0 = performance.now();
    for (const ticketId of ids.slice(1)) await redis.zRank(plaza.context.keys.line('DKC'), ticketId);
    const sequentialMs = performance.now() - b0;

    console.log(
      `line of ${length}: one change pushed to ${length - 1} citizens in ${round(pushMs, 1)} ms ` +
        `(${round((pushMs * 1000) / (length - 1), 1)} µs per citizen); baseline, one ZRANK round trip per ticket in turn: ` +
        `${round(sequentialMs, 1)} ms (${round((sequentialMs * 1000) / (length - 1), 1)} µs per ticket)`,
    );
    stopListening();
    hub.close();
    await plaza.close();
  }
});
