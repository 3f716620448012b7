// What must not grow or linger, against a real Redis: a citizen's name is gone from every key of
// the plaza once the retention after their ticket ended has passed, and the plaza history stream
// keeps no more than its bound.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisTestContext, type RedisTestContext } from '../../../test/support/redis-test-context';
import { testCatalogue } from '../../../test/support/test-catalogue';
import { fastDispatch, testStartsAt } from '../../../test/support/test-plaza';
import { waitFor } from '../../../test/support/wait-for';
import { ManualClock } from './clock';
import { trimHistory } from './history-trim';
import { silentLogger } from './logger';
import { acceptOffer, getOfficerView, type OfficerIdentity, setOfficerStatus } from './officers';
import { type Plaza, startPlaza } from './plaza';
import type { RedisClient } from './redis';
import { cancelTicket, createTicket, getTicketView } from './tickets';
import { transferTicket } from './transfer';
import { recordWrapUp } from './wrap-up';

const retentionSeconds = 1;
const officer: OfficerIdentity = { id: 'dkc-retention', name: 'Petugas', tenantCodes: ['DKC'] };

/** Every place under `prefix` where `text` occurs: key names and every value of every type. */
async function findEverywhere(redis: RedisClient, prefix: string, text: string): Promise<string[]> {
  const found: string[] = [];
  for await (const batch of redis.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
    for (const key of batch) {
      const type = await redis.type(key);
      let values: string[] = [];
      if (type === 'string') values = [(await redis.get(key)) ?? ''];
      else if (type === 'hash') values = Object.entries(await redis.hGetAll(key)).flat();
      else if (type === 'list') values = await redis.lRange(key, 0, -1);
      else if (type === 'set') values = await redis.sMembers(key);
      else if (type === 'zset') values = await redis.zRange(key, 0, -1);
      else if (type === 'stream') {
        values = (await redis.xRange(key, '-', '+')).flatMap((entry) => Object.entries(entry.message).flat());
      } else values = [`<unread type ${type}>`];
      if (key.includes(text) || values.some((value) => value.includes(text))) found.push(`${type} ${key}`);
    }
  }
  return found;
}

/**
 * The plaza's keys that live on without a TTL, each with what keeps it from growing with traffic.
 * A new kind of key without a TTL fails the test until it is bounded and named here.
 */
const keysWithoutExpiry: readonly [RegExp, string][] = [
  [/^history$/, 'trimmed to settings.historyMaxEntries (history-trim.ts)'],
  [/^officer:[^:]+$/, 'one per officer'],
  [/^officer:[^:]+:history$/, 'one per officer, XADD MAXLEN ~ 10000'],
  [/^tenant:[^:]+:(line|ready|on-duty|dispatch-lease)$/, 'waiting tickets and officers only'],
  [/^tenant:[^:]+:priority-streak$/, 'one counter per tenant'],
  [/^tenant:[^:]+:intake-pause$/, 'one per paused tenant, deleted on resume'],
  [/^audit$/, 'XADD MAXLEN ~ settings.auditMaxEntries (audit-log.ts)'],
  [/^config$/, 'one per plaza: its catalogue and accounts (plaza-config.ts)'],
  [/^(deadlines|requeue|processes)$/, 'entries removed when acted on, ended or reaped'],
  [/^process:[^:]+:connections$/, 'open pages only; deleted when its process is reaped'],
  [/^queue:/, 'BullMQ: completed jobs removed, failed ones kept up to 1000, events MAXLEN 10000'],
];

describe('retention of personal data and bounds of streams', () => {
  let redisContext: RedisTestContext;
  let plaza: Plaza;

  const open = async (settings: { historyMaxEntries?: number } = {}) => {
    plaza = await startPlaza({
      redis: redisContext.redis,
      prefix: redisContext.prefix,
      catalogue: testCatalogue,
      logger: silentLogger,
      clock: new ManualClock(testStartsAt),
      dispatch: fastDispatch,
      sweepEveryMs: false,
      settings: { ticketRetentionSeconds: retentionSeconds, ...settings },
    });
  };

  beforeEach(async () => {
    redisContext = await createRedisTestContext();
  });

  afterEach(async () => {
    await plaza?.close();
    await redisContext.cleanup();
  });

  it('keeps a citizen name nowhere once the retention after the ticket ended has passed', async () => {
    await open();
    const { context } = plaza;
    // Names unique to this test, so a hit can only be this test's data.
    const cancelledName = `Siti Aminah ${randomUUID()}`;
    const servedName = `Budi Santoso ${randomUUID()}`;

    // One ticket cancelled while waiting.
    const cancelled = await createTicket(context, {
      tenantCode: 'DKC',
      serviceId: 'ktp-el',
      name: cancelledName,
    });
    await cancelTicket(context, cancelled.ticket.id);

    // One served, transferred to another tenant (the new ticket carries the name), wrapped up with
    // notes naming the citizen; the transferred ticket is then cancelled.
    await setOfficerStatus(context, { officer, status: 'ready' });
    const served = await createTicket(context, { tenantCode: 'DKC', serviceId: 'ktp-el', name: servedName });
    await waitFor(() => getTicketView(context, served.ticket.id), {
      until: (view) => view?.status === 'offered',
      what: 'an offer',
    });
    await acceptOffer(context, { officer, ticketId: served.ticket.id });
    const { newTicketId } = await transferTicket(context, {
      officer,
      ticketId: served.ticket.id,
      tenantCode: 'SAM',
    });
    await recordWrapUp(context, {
      officer,
      ticketId: served.ticket.id,
      outcome: 'referred',
      notes: `${servedName} dirujuk ke SAM`,
    });
    await cancelTicket(context, newTicketId);
    expect((await getOfficerView(context, officer)).lastTicket).toMatchObject({ id: served.ticket.id });

    // Until the retention passes, the names are in the ticket hashes and nowhere else: no
    // history entry, announcement-free stream or queued job carries them.
    const { keys } = context;
    expect(await findEverywhere(context.redis, keys.prefix, cancelledName)).toEqual([
      `hash ${keys.ticket(cancelled.ticket.id)}`,
    ]);
    expect((await findEverywhere(context.redis, keys.prefix, servedName)).sort()).toEqual(
      [`hash ${keys.ticket(served.ticket.id)}`, `hash ${keys.ticket(newTicketId)}`].sort(),
    );
    for (const ticketId of [cancelled.ticket.id, served.ticket.id, newTicketId]) {
      const ttl = await context.redis.pTTL(keys.ticket(ticketId));
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(retentionSeconds * 1000);
    }

    // Every key left without a TTL is of a kind with a bound.
    const unbounded: string[] = [];
    for await (const batch of context.redis.scanIterator({ MATCH: `${keys.prefix}:*`, COUNT: 500 })) {
      for (const key of batch) {
        const rest = key.slice(keys.prefix.length + 1);
        if (
          (await context.redis.pTTL(key)) < 0 &&
          !keysWithoutExpiry.some(([pattern]) => pattern.test(rest))
        ) {
          unbounded.push(rest);
        }
      }
    }
    expect(unbounded).toEqual([]);

    // Redis expires by its own clock: wait out the (one-second) retention.
    await sleep(retentionSeconds * 1000 + 200);
    expect(await findEverywhere(context.redis, keys.prefix, cancelledName)).toEqual([]);
    expect(await findEverywhere(context.redis, keys.prefix, servedName)).toEqual([]);
    expect(await findEverywhere(context.redis, keys.prefix, 'dirujuk')).toEqual([]);
  });

  it('trims the plaza history to about its bound, keeping the newest entries', async () => {
    const bound = 100;
    await open({ historyMaxEntries: bound });
    const { context } = plaza;
    for (let i = 0; i < 4; i += 1) {
      // Each ticket is recorded twice: created, cancelled.
      const pipeline = Array.from({ length: 150 }, async () => {
        const { ticket } = await createTicket(context, { tenantCode: 'SAM', serviceId: 'pkb', name: 'Ani' });
        await cancelTicket(context, ticket.id);
        return ticket.id;
      });
      await Promise.all(pipeline);
    }
    const before = await context.redis.xLen(context.keys.history);
    expect(before).toBe(4 * 150 * 2);
    const last = await context.redis.xRevRange(context.keys.history, '+', '-', { COUNT: 1 });

    const removed = await trimHistory(context);
    const after = await context.redis.xLen(context.keys.history);
    expect(removed).toBe(before - after);
    // `~`: never fewer than the bound, and at most one macro node (100 entries by default) more.
    expect(after).toBeGreaterThanOrEqual(bound);
    expect(after).toBeLessThanOrEqual(bound + 100);
    expect(await context.redis.xRevRange(context.keys.history, '+', '-', { COUNT: 1 })).toEqual(last);
  });
});
