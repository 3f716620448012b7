// The deadline sweeper against a real Redis: what has nothing left to do is dropped quietly, any
// other failure is logged as an error, and one failing deadline never stops the rest of the batch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureLogs } from '../../../test/support/log-capture';
import { usePlazaPerTest } from '../../../test/support/test-plaza';
import type { ManualClock } from './clock';
import { defaultPlazaSettings } from './context';
import { failedDeadlineRetryMs, sweepDeadlines } from './deadline-sweeper';
import { type OfficerIdentity, setOfficerStatus } from './officers';
import type { Plaza } from './plaza';
import { markCitizenConnected, markCitizenDisconnected } from './presence';
import { runScript } from './scripts';
import { cancelTicket, createTicket, getTicketView } from './tickets';

// The real scripts, with a way to make one of them answer what no script should.
vi.mock('./scripts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./scripts')>();
  return { ...actual, runScript: vi.fn(actual.runScript) };
});
const { runScript: realRunScript } = await vi.importActual<typeof import('./scripts')>('./scripts');

const officer: OfficerIdentity = { id: 'dkc-a', name: 'A', tenantCodes: ['DKC'] };
const citizen = (name: string) => ({ tenantCode: 'DKC', serviceId: 'ktp-el', name });

describe('deadline sweeper', () => {
  let plaza: Plaza;
  let clock: ManualClock;

  usePlazaPerTest((opened) => {
    ({ plaza, clock } = opened);
  });

  afterEach(async () => {
    vi.mocked(runScript).mockImplementation(realRunScript);
  });

  const statusOf = async (ticketId: string) => (await getTicketView(plaza.context, ticketId))?.status;
  const dueNow = (member: string, earlierBy = 0) =>
    plaza.context.redis.zAdd(plaza.context.keys.deadlines, { score: clock.now() - earlierBy, value: member });

  /** A waiting ticket whose citizen left: its grace deadline is due now. */
  const abandonedTicket = async () => {
    const { ticket } = await createTicket(plaza.context, citizen('Ani'));
    await markCitizenConnected(plaza.context, ticket.id);
    await markCitizenDisconnected(plaza.context, ticket.id);
    clock.advance(defaultPlazaSettings.graceMs);
    return ticket.id;
  };

  /** An officer in wrap-up whose wrap-up deadline falls before anything else due. */
  const officerInWrapUp = async () => {
    await setOfficerStatus(plaza.context, { officer, status: 'away' });
    await plaza.context.redis.hSet(plaza.context.keys.officer(officer.id), 'status', 'wrap_up');
    await dueNow(`wrap-up:${officer.id}`, 10);
  };

  it('logs an unknown script reply as an error, and runs the rest of the batch', async () => {
    const ticketId = await abandonedTicket();
    await officerInWrapUp();
    vi.mocked(runScript).mockImplementation(async (redis, name, keys, args) =>
      name === 'finish-wrap-up' ? -99 : realRunScript(redis, name, keys, args),
    );
    const { logger, entries } = captureLogs();

    await expect(sweepDeadlines({ ...plaza.context, logger })).resolves.toBe(2);
    const errors = entries.filter((entry) => entry.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.fields).toMatchObject({
      deadline: `wrap-up:${officer.id}`,
      error: { code: 'internal' },
    });
    expect(await statusOf(ticketId)).toBe('abandoned');
  });

  it('logs a failing Redis command as an error, and runs the rest of the batch', async () => {
    const ticketId = await abandonedTicket();
    // A ticket key that is not a hash: the end script's first read fails.
    const broken = 'broken-ticket';
    await plaza.context.redis.set(plaza.context.keys.ticket(broken), 'not a hash');
    await dueNow(`no-show:${broken}`, 10);
    const { logger, entries } = captureLogs();

    await expect(sweepDeadlines({ ...plaza.context, logger })).resolves.toBe(2);
    const errors = entries.filter((entry) => entry.level === 'error');
    expect(errors.map((entry) => entry.fields?.deadline)).toEqual([`no-show:${broken}`]);
    expect(await statusOf(ticketId)).toBe('abandoned');
  });

  it('tries a failing deadline again only later, so it cannot fill every batch', async () => {
    const broken = 'broken-ticket';
    await plaza.context.redis.set(plaza.context.keys.ticket(broken), 'not a hash');
    await dueNow(`no-show:${broken}`, 10);
    const { logger } = captureLogs();

    await expect(sweepDeadlines({ ...plaza.context, logger })).resolves.toBe(1);
    expect(await plaza.context.redis.zScore(plaza.context.keys.deadlines, `no-show:${broken}`)).toBe(
      clock.now() + failedDeadlineRetryMs,
    );
    // Not due on the next sweeps; due again once the pause is over.
    await expect(sweepDeadlines({ ...plaza.context, logger })).resolves.toBe(0);
    clock.advance(failedDeadlineRetryMs);
    await expect(sweepDeadlines({ ...plaza.context, logger })).resolves.toBe(1);
  });

  it('drops quietly the deadlines left with nothing to do', async () => {
    // Cancelled during its grace period; an officer who left wrap-up; an offer already answered.
    const cancelled = await abandonedTicket();
    await cancelTicket(plaza.context, cancelled);
    await dueNow(`grace:${cancelled}`);
    await dueNow(`wrap-up:${officer.id}`);
    await dueNow(`offer:${cancelled}`);
    const { logger, entries } = captureLogs();

    await expect(sweepDeadlines({ ...plaza.context, logger })).resolves.toBe(3);
    expect(entries.filter((entry) => entry.level === 'error' || entry.level === 'warn')).toEqual([]);
    expect(await plaza.context.redis.zCard(plaza.context.keys.deadlines)).toBe(0);
  });
});
