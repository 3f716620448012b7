// A tenant's local day as CSV, written row by row as the history is read: its tickets (every
// timestamp, how each ended, the wrap-up outcome) and its officers' status changes, in time order.
// Never the citizen's name or the officer's notes (personal data); survey scores do not exist yet.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, type Tenant, type TimeZone } from '@vp/contract';
import { stringify } from 'csv-stringify';
import type { PlazaContext } from './context';
import { formatTicketNumber } from './local-date';
import { parseTicketRecord, type TicketRecord } from './ticket-record';
import { findTenantOrThrow } from './tickets';

/** The columns of the export, in order; a ticket row and an officer row fill the ones they have. */
export const dayExportColumns = [
  'record',
  'at',
  'ticket_number',
  'ticket_id',
  'service',
  'service_name',
  'class',
  'status',
  'from_status',
  'ended_by',
  'end_reason',
  'officer',
  'created_at',
  'offered_at',
  'accepted_at',
  'ended_at',
  'outcome',
] as const;

type Row = Partial<Record<(typeof dayExportColumns)[number], string>>;

/** History entries read per round trip; the memory an export holds is about one page. */
const pageSize = 500;
/** Ids of the history are Redis's time, `at` the plaza's: read this far either side of the day. */
const idMarginMs = 3600_000;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The zone's offset from UTC at the instant, in ms (Indonesia keeps no daylight saving). */
function offsetMsOf(timeZone: TimeZone, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60_000;
}

/** The instants [start, end) of a local day in the zone; a malformed date is the caller's 400. */
export function localDayRange(options: { date: string; timeZone: TimeZone }): { start: number; end: number } {
  const match = dayPattern.exec(options.date);
  const utcMidnight = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || new Date(utcMidnight).toISOString().slice(0, 10) !== options.date) {
    throw new AppError('bad_request', `invalid export date ${options.date}`, {
      userMessage: 'date: expected a calendar date YYYY-MM-DD',
      field: 'date',
    });
  }
  const start = utcMidnight - offsetMsOf(options.timeZone, utcMidnight);
  return { start, end: start + 24 * 3600_000 };
}

/** The instant as local ISO time with its offset, e.g. `2026-11-23T09:15:02+07:00`. */
export function formatLocalTime(options: { at: number; timeZone: TimeZone }): string {
  const offset = offsetMsOf(options.timeZone, options.at);
  const local = new Date(options.at + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function ticketRow(ticket: TicketRecord, tenant: Tenant, local: (at: number | undefined) => string): Row {
  return {
    record: 'ticket',
    at: local(ticket.createdAt),
    ticket_number: formatTicketNumber({ tenantCode: ticket.tenant, sequence: ticket.sequence }),
    ticket_id: ticket.id,
    service: ticket.service,
    // Catalogue text, in the plaza's first language; may hold commas and quotes.
    service_name: tenant.services.find((service) => service.id === ticket.service)?.name.id ?? '',
    class: ticket.vulnerableGroup ? 'priority' : 'regular',
    status: ticket.status,
    ended_by: ticket.endedBy ?? '',
    end_reason: ticket.endReason ?? '',
    officer: ticket.officer ?? '',
    created_at: local(ticket.createdAt),
    offered_at: local(ticket.offeredAt),
    accepted_at: local(ticket.acceptedAt),
    ended_at: local(ticket.endedAt),
    outcome: ticket.outcome ?? '',
  };
}

/**
 * Writes the tenant's local day (`date`, YYYY-MM-DD in its own zone) as CSV to `output`, a page of
 * the history at a time, waiting on `output` when it is full. A ticket created that day is one row
 * as it stands now (a ticket past its retention keeps only what the history says: `expired`);
 * each status change of an officer serving the tenant is one row. Returns the rows written.
 */
export async function streamDayExport(
  context: PlazaContext,
  options: { tenantCode: string; date: string; output: Writable },
): Promise<{ rows: number }> {
  const tenant = findTenantOrThrow(context, options.tenantCode);
  const { start, end } = localDayRange({ date: options.date, timeZone: tenant.timeZone });
  const local = (at: number | undefined) =>
    at === undefined ? '' : formatLocalTime({ at, timeZone: tenant.timeZone });
  // Redis's time may differ from the plaza's clock (a test's): read ids where that day lies in Redis time.
  const [seconds, micros] = await context.redis.time().then((time) => [Number(time[0]), Number(time[1])]);
  const skew = (seconds ?? 0) * 1000 + Math.floor((micros ?? 0) / 1000) - context.clock.now();

  const csv = stringify({ header: true, columns: [...dayExportColumns] });
  const written = pipeline(csv, options.output);
  let rows = 0;
  const write = async (row: Row) => {
    rows++;
    if (!csv.write(row)) await once(csv, 'drain');
  };
  const officerTenants = new Map<string, string[]>();
  // Only some transitions record the status they left: the one before is the last row's.
  const officerStatus = new Map<string, string>();

  let from = String(Math.max(0, start + skew - idMarginMs));
  const to = String(end + skew + idMarginMs);
  try {
    for (;;) {
      const page = await context.redis.xRange(context.keys.history, from, to, { COUNT: pageSize });
      const inDay = page.filter(({ message }) => {
        const at = Number(message.at);
        return at >= start && at < end;
      });
      const created = inDay.filter(
        ({ message }) =>
          message.type === 'ticket' && message.status === 'waiting' && message.tenant === tenant.code,
      );
      const officerIds = [
        ...new Set(
          inDay
            .filter(
              ({ message }) => message.type === 'officer' && message.id && !officerTenants.has(message.id),
            )
            .map(({ message }) => message.id ?? ''),
        ),
      ];
      const batch = context.redis.multi();
      for (const { message } of created) batch.hGetAll(context.keys.ticket(message.id ?? ''));
      for (const id of officerIds) batch.hGet(context.keys.officer(id), 'tenants');
      const replies = created.length + officerIds.length > 0 ? await batch.execAsPipeline() : [];
      const tickets = new Map<string, TicketRecord | null>();
      created.forEach(({ message }, index) => {
        tickets.set(message.id ?? '', parseTicketRecord(replies[index] as unknown as Record<string, string>));
      });
      officerIds.forEach((id, index) => {
        const tenants: unknown = replies[created.length + index];
        officerTenants.set(id, typeof tenants === 'string' ? tenants.split(',') : []);
      });

      for (const { message } of inDay) {
        const at = Number(message.at);
        if (message.type === 'ticket' && tickets.has(message.id ?? '')) {
          const ticket = tickets.get(message.id ?? '');
          tickets.delete(message.id ?? '');
          await write(
            ticket
              ? ticketRow(ticket, tenant, local)
              : {
                  record: 'ticket',
                  at: local(at),
                  ticket_id: message.id,
                  status: 'expired',
                  created_at: local(at),
                },
          );
        } else if (
          message.type === 'officer' &&
          officerTenants.get(message.id ?? '')?.includes(tenant.code)
        ) {
          const officerId = message.id ?? '';
          const from = message.from || officerStatus.get(officerId) || '';
          officerStatus.set(officerId, message.status ?? '');
          await write({
            record: 'officer_status',
            at: local(at),
            officer: officerId,
            status: message.status,
            from_status: from,
            ticket_id: message.ticket ?? '',
          });
        }
      }
      const last = page.at(-1);
      if (!last || page.length < pageSize) break;
      from = `(${last.id}`;
    }
    csv.end();
  } catch (error) {
    csv.destroy(error instanceof Error ? error : new Error(String(error)));
  }
  await written;
  return { rows };
}
