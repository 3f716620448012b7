// Which of a tenant's services its live tickets still name: those waiting in its line, on offer to
// one of its officers, or in a call. An admin may not remove such a service (its ticket would name
// a service the plaza no longer knows). A rare admin action: it reads the whole line, in pages.
import type { PlazaContext } from './context';

/** Tickets read per round trip. */
const pageSize = 500;

/** The ids among `serviceIds` that a waiting, offered or in-call ticket of the tenant names. */
export async function findServicesInUse(
  context: PlazaContext,
  options: { tenantCode: string; serviceIds: readonly string[] },
): Promise<string[]> {
  const wanted = new Set(options.serviceIds);
  if (wanted.size === 0) return [];
  const { redis, keys } = context;
  const found = new Set<string>();
  const noteServicesOf = async (ticketIds: string[]) => {
    if (ticketIds.length === 0) return;
    const transaction = redis.multi();
    for (const ticketId of ticketIds) transaction.hmGet(keys.ticket(ticketId), ['tenant', 'service']);
    const replies = (await transaction.exec()) as unknown as [string | null, string | null][];
    for (const [tenant, service] of replies) {
      if (tenant === options.tenantCode && service && wanted.has(service)) found.add(service);
    }
  };
  // Waiting: the line, a page at a time.
  for (let start = 0; ; start += pageSize) {
    const page = await redis.zRange(keys.line(options.tenantCode), start, start + pageSize - 1);
    await noteServicesOf(page);
    if (page.length < pageSize) break;
  }
  // In a call: the tenant's calls in progress.
  await noteServicesOf(await redis.sMembers(keys.calls(options.tenantCode)));
  // On offer: the ticket of each officer on duty for the tenant who holds one.
  const officerIds = await redis.sMembers(keys.onDuty(options.tenantCode));
  const officers = redis.multi();
  for (const officerId of officerIds) officers.hmGet(keys.officer(officerId), ['status', 'ticket']);
  const records = officerIds.length === 0 ? [] : ((await officers.exec()) as unknown as (string | null)[][]);
  const offered = records.flatMap(([status, ticket]) =>
    ticket && (status === 'offered' || status === 'in_call') ? [ticket] : [],
  );
  await noteServicesOf(offered);
  return options.serviceIds.filter((id) => found.has(id));
}
