// The audit log: who of the supervisors and admins did what, when, to which tenant and target.
// One bounded Redis stream; its ids (ms-seq) order the entries and page them.
import type { AuditEntry } from '@vp/contract';
import type { PlazaContext } from './context';

/** What an action records; `at` is the clock's now. */
export interface AuditRecord {
  accountId: string;
  action: string;
  tenantCode: string | null;
  target: string | null;
}

/** Appends one entry to the audit log. */
export async function appendAudit(context: PlazaContext, record: AuditRecord): Promise<void> {
  await context.redis.xAdd(
    context.keys.audit,
    '*',
    {
      at: String(context.clock.now()),
      accountId: record.accountId,
      action: record.action,
      tenantCode: record.tenantCode ?? '',
      target: record.target ?? '',
    },
    { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: context.settings.auditMaxEntries } },
  );
}

/** A page of the audit log, newest first, older than the entry `before` when given. */
export async function readAudit(
  context: PlazaContext,
  options: { before?: string; limit: number },
): Promise<AuditEntry[]> {
  const end = options.before ? `(${options.before}` : '+';
  const entries = await context.redis.xRevRange(context.keys.audit, end, '-', { COUNT: options.limit });
  return entries.map(({ id, message }) => ({
    id,
    at: Number(message.at),
    accountId: message.accountId ?? '',
    action: message.action ?? '',
    tenantCode: message.tenantCode || null,
    target: message.target || null,
  }));
}
