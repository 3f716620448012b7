// A paused intake against a real Redis: the create script itself reads the pause, so whichever
// of a pause and a ticket reaches Redis first decides, in both orders, with nothing half done.
import { AppError } from '@vp/contract';
import { describe, expect, it } from 'vitest';
import { usePlazaPerTest } from '../../../test/support/test-plaza';
import type { ManualClock } from './clock';
import type { PlazaContext } from './context';
import { pauseIntake, resumeIntake } from './intake-pause';
import type { Plaza } from './plaza';
import { createTicket, getTicketView } from './tickets';

describe('a paused intake', () => {
  let plaza: Plaza;
  let clock: ManualClock;
  usePlazaPerTest((opened) => {
    ({ plaza, clock } = opened);
  });

  const take = (name: string) =>
    createTicket(plaza.context, { tenantCode: 'DKC', serviceId: 'ktp-el', name });
  const refusal = async (name: string): Promise<AppError> => {
    const error = await take(name).then(
      () => null,
      (cause: unknown) => cause,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };
  const lineLength = () => plaza.context.redis.zCard(plaza.context.keys.line('DKC'));

  it('refuses a ticket taken after the pause landed, naming when it resumes, and writes nothing', async () => {
    const resumesAt = clock.now() + 30 * 60_000;
    await pauseIntake(plaza.context, { tenantCode: 'DKC', resumesAt, accountId: 'spv-1' });
    const error = await refusal('Ani');
    expect(error).toMatchObject({ code: 'intake_paused', field: 'tenantCode', details: { resumesAt } });
    expect(error.userMessage).toContain(new Date(resumesAt).toISOString());
    const { keys, redis } = plaza.context;
    expect(await lineLength()).toBe(0);
    // No number, arrival rank, requeue note, history entry or waiting sample was spent on it.
    expect(await redis.keys(`${keys.prefix}:tenant:DKC:sequence:*`)).toEqual([]);
    expect(await redis.keys(`${keys.prefix}:arrival:*`)).toEqual([]);
    expect(await redis.zCard(keys.requeue)).toBe(0);
    expect(await redis.exists(keys.history)).toBe(0);
    expect(await redis.keys(`${keys.prefix}:tenant:DKC:day:*`)).toEqual([]);
    // Another tenant still takes tickets.
    await createTicket(plaza.context, { tenantCode: 'SAM', serviceId: 'pkb', name: 'Budi' });
  });

  it('keeps a ticket taken before the pause landed in its place, and refuses the next', async () => {
    const first = await take('Ani');
    const second = await take('Budi');
    await pauseIntake(plaza.context, { tenantCode: 'DKC', resumesAt: null, accountId: 'spv-1' });
    const error = await refusal('Citra');
    expect(error.code).toBe('intake_paused');
    expect(error.details).toBeUndefined();
    expect(error.userMessage).toContain('until further notice');
    expect((await getTicketView(plaza.context, first.ticket.id))?.position).toBe(1);
    expect(await getTicketView(plaza.context, second.ticket.id)).toMatchObject({
      status: 'waiting',
      position: 2,
    });
    expect(await lineLength()).toBe(2);

    await resumeIntake(plaza.context, 'DKC');
    const third = await take('Dewi');
    expect(third.ticket).toMatchObject({ position: 3, number: 'DKC-003' });
  });

  it('lets tickets in once the resumption time has come, by the plaza clock', async () => {
    await pauseIntake(plaza.context, {
      tenantCode: 'DKC',
      resumesAt: clock.now() + 10_000,
      accountId: 'spv-1',
    });
    expect((await refusal('Ani')).code).toBe('intake_paused');
    clock.advance(9_999);
    expect((await refusal('Ani')).code).toBe('intake_paused');
    clock.advance(1);
    expect((await take('Ani')).ticket.status).toBe('waiting');
  });

  it('takes tickets past a malformed pause value, as the board reads it (not paused)', async () => {
    const { keys, redis } = plaza.context;
    for (const value of [
      'not json',
      '{"resumesAt":null}',
      '[1]',
      '{"resumesAt":"soon","at":1,"accountId":"a"}',
    ]) {
      await redis.set(keys.intakePause('DKC'), value);
      expect((await take('Ani')).ticket.status, value).toBe('waiting');
    }
  });

  /**
   * The plaza's context whose Redis runs `hook` once, just before (or just after) the create
   * script reaches Redis: a pause landing in the middle of `createTicket`.
   */
  const contextPausingAround = (when: 'before' | 'after', hook: () => Promise<unknown>): PlazaContext => {
    const { redis } = plaza.context;
    let done = false;
    const once = async () => {
      if (done) return;
      done = true;
      await hook();
    };
    const around =
      (name: 'evalSha' | 'eval') =>
      async (...args: unknown[]) => {
        if (when === 'before') await once();
        const reply = await (redis[name] as (...a: unknown[]) => Promise<unknown>).apply(redis, args);
        if (when === 'after') await once();
        return reply;
      };
    const wrapped = new Proxy(redis, {
      get(target, property) {
        if (property === 'evalSha' || property === 'eval') return around(property);
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return { ...plaza.context, redis: wrapped };
  };
  const pause = () => pauseIntake(plaza.context, { tenantCode: 'DKC', resumesAt: null, accountId: 'spv-1' });

  it('refuses a ticket whose script runs just after a pause landed mid-request', async () => {
    await take('Ani');
    const context = contextPausingAround('before', pause);
    const error = await createTicket(context, { tenantCode: 'DKC', serviceId: 'ktp-el', name: 'Budi' }).then(
      () => null,
      (cause: unknown) => cause,
    );
    expect(error).toMatchObject({ code: 'intake_paused', field: 'tenantCode' });
    expect(await lineLength()).toBe(1);
    expect(await plaza.context.queues.queue('DKC').count()).toBe(1);
  });

  it('keeps a ticket whose script ran just before a pause landed mid-request, in its place', async () => {
    const first = await take('Ani');
    const context = contextPausingAround('after', pause);
    const created = await createTicket(context, { tenantCode: 'DKC', serviceId: 'ktp-el', name: 'Budi' });
    expect(created.ticket).toMatchObject({ status: 'waiting', position: 2 });
    expect(await plaza.context.redis.exists(plaza.context.keys.intakePause('DKC'))).toBe(1);
    expect((await getTicketView(plaza.context, first.ticket.id))?.position).toBe(1);
    expect(await plaza.context.queues.queue('DKC').count()).toBe(2);
    expect((await refusal('Citra')).code).toBe('intake_paused');
  });
});
