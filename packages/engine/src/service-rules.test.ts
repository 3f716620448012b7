// Service hours, daily quota and closing policy against a real Redis, with a moved clock.
import { catalogueSchema } from '@vp/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedisTestContext, type RedisTestContext } from '../../../test/support/redis-test-context';
import { startTestPlaza } from '../../../test/support/test-plaza';
import { ManualClock } from './clock';
import { sweepClosedTenants } from './deadline-sweeper';
import type { Plaza } from './plaza';
import { createTicket, getTicketView } from './tickets';

const text = (id: string) => ({ id, en: id });
const service = { id: 'paspor', name: text('Paspor'), requirements: [text('KTP-el')], averageMinutes: 20 };
const mornings = { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '12:00' };
const catalogue = catalogueSchema.parse({
  tenants: [
    // An immigration counter: mornings only, 2 applicants a day here, the line closed at noon.
    {
      code: 'IMI',
      name: text('Imigrasi'),
      description: text('-'),
      timeZone: 'Asia/Makassar',
      services: [service],
      serviceHours: mornings,
      dailyQuota: 2,
      atClosing: 'close',
    },
    // Same hours, but those still waiting at noon are served.
    {
      code: 'DKC',
      name: text('Disdukcapil'),
      description: text('-'),
      timeZone: 'Asia/Makassar',
      services: [service],
      serviceHours: mornings,
    },
  ],
});
const wita = (local: string) => Date.parse(`${local}+08:00`);

describe('service rules', () => {
  let redisContext: RedisTestContext;
  let plaza: Plaza;
  let clock: ManualClock;

  beforeEach(async () => {
    redisContext = await createRedisTestContext();
    clock = new ManualClock(wita('2026-11-23T07:30'));
    plaza = await startTestPlaza(redisContext, { catalogue, clock });
  });

  afterEach(async () => {
    await plaza.close();
    await redisContext.cleanup();
  });

  const take = (tenantCode: string, name = 'Ani') =>
    createTicket(plaza.context, { tenantCode, serviceId: 'paspor', name });

  it('refuses tickets outside service hours, saying when the tenant opens', async () => {
    await expect(take('IMI')).rejects.toMatchObject({
      code: 'tenant_closed',
      field: 'tenantCode',
      details: { opensAt: wita('2026-11-23T08:00') },
    });
    clock.advance(30 * 60_000);
    await expect(take('IMI')).resolves.toMatchObject({ ticket: { number: 'IMI-001' } });
  });

  it('refuses tickets beyond the daily quota, and takes them again the next day', async () => {
    clock.advance(60 * 60_000);
    await take('IMI', 'Ani');
    await take('IMI', 'Budi');
    await expect(take('IMI', 'Citra')).rejects.toMatchObject({ code: 'quota_reached', field: 'tenantCode' });
    expect(await plaza.context.queues.queue('IMI').count()).toBe(2);

    clock.advance(24 * 3600_000);
    await expect(take('IMI', 'Citra')).resolves.toMatchObject({ ticket: { number: 'IMI-001' } });
  });

  it('closes the waiting line at closing time where the tenant says so', async () => {
    clock.advance(3 * 3600_000);
    const immigration = await take('IMI');
    const civilRegistry = await take('DKC');
    expect(await sweepClosedTenants(plaza.context)).toBe(0);

    clock.advance(90 * 60_000);
    expect(await sweepClosedTenants(plaza.context)).toBe(1);
    expect(await getTicketView(plaza.context, immigration.ticket.id)).toMatchObject({
      status: 'cancelled',
      endReason: 'closed',
    });
    expect(await getTicketView(plaza.context, civilRegistry.ticket.id)).toMatchObject({ status: 'waiting' });
  });
});
