import type { Tenant, TimeZone } from '@vp/contract';
import { useCallback, useId, useState } from 'react';
import { fetchAccounts } from '../api/admin-client';
import { type AuditFilter, auditActionKey, filterAudit, formatAuditTime, zoneOfEntry } from './audit-format';
import { ServerError } from './ServerError';
import { isAdminKey, useAdminT } from './useAdminT';
import { useAuditLog } from './useAuditLog';
import { useLoad } from './useLoad';

interface AuditSectionProps {
  token: string;
  tenants: readonly Tenant[];
  onExpired(): void;
}

const filterValue = (filter: AuditFilter) =>
  filter.kind === 'tenant' ? `tenant:${filter.tenantCode}` : filter.kind;
const parseFilter = (value: string): AuditFilter =>
  value.startsWith('tenant:')
    ? { kind: 'tenant', tenantCode: value.slice('tenant:'.length) }
    : { kind: value === 'plaza' ? 'plaza' : 'all' };

/** Who did what and when: the supervisors' and admins' actions, newest first. */
export function AuditSection({ token, tenants, onExpired }: AuditSectionProps) {
  const { t, local, language } = useAdminT();
  const id = useId();
  const log = useAuditLog(token, onExpired);
  // Names for the account ids; the log still reads without them.
  const accounts = useLoad(
    useCallback(() => fetchAccounts(token), [token]),
    onExpired,
  );
  const [filter, setFilter] = useState<AuditFilter>({ kind: 'all' });
  const shown = filterAudit(log.entries, filter);

  // A target that is an account reads as its name too; anything else (a ticket, a date) as it is.
  const accountLabel = (accountId: string) => {
    const account = accounts.data?.accounts.find((item) => item.id === accountId);
    return account ? `${account.name} (${account.username})` : accountId;
  };
  const zoneLabel = (timeZone: TimeZone | undefined) =>
    timeZone === undefined ? undefined : { timeZone, label: t(`timeZone.${timeZone}`) };
  const tenantLabel = (code: string) => {
    const tenant = tenants.find((item) => item.code === code);
    return tenant ? local(tenant.name) : code;
  };

  return (
    <section className="admin-section" aria-labelledby="admin-audit-heading" data-testid="admin-audit">
      <h2 id="admin-audit-heading">{t('admin.audit.heading')}</h2>
      <p className="hint">{t('admin.audit.intro')}</p>
      <div className="admin-toolbar">
        <div className="field admin-picker">
          <label htmlFor={`${id}-filter`}>{t('admin.audit.filter')}</label>
          <select
            id={`${id}-filter`}
            value={filterValue(filter)}
            data-testid="audit-filter"
            onChange={(event) => setFilter(parseFilter(event.target.value))}
          >
            <option value="all">{t('admin.audit.filterAll')}</option>
            <option value="plaza">{t('admin.audit.filterPlaza')}</option>
            {tenants.map((tenant) => (
              <option key={tenant.code} value={`tenant:${tenant.code}`}>
                {t('admin.tenantOption', { code: tenant.code, name: local(tenant.name) })}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={log.refresh}
          disabled={log.loading}
        >
          {t('admin.reload')}
        </button>
      </div>
      {log.error && <ServerError error={log.error} onRetry={log.refresh} />}
      <p className="field-hint" role="status" data-testid="audit-count">
        {log.loading && log.entries.length === 0
          ? t('app.loading')
          : t('admin.audit.loaded', { count: log.entries.length })}
      </p>
      {!log.loading && log.entries.length === 0 && !log.error && <p>{t('admin.audit.empty')}</p>}
      {log.entries.length > 0 && shown.length === 0 && <p>{t('admin.audit.emptyFiltered')}</p>}
      {shown.length > 0 && (
        <div className="admin-table-box">
          <table className="table admin-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.when')}</th>
                <th scope="col">{t('admin.audit.who')}</th>
                <th scope="col">{t('admin.audit.what')}</th>
                <th scope="col">{t('admin.audit.tenant')}</th>
                <th scope="col">{t('admin.audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => {
                const actionKey = auditActionKey(entry.action, isAdminKey);
                return (
                  <tr key={entry.id} data-testid="audit-entry" data-action={entry.action}>
                    <th scope="row" className="admin-cell-name">
                      <time dateTime={new Date(entry.at).toISOString()}>
                        {formatAuditTime(language, entry.at, zoneLabel(zoneOfEntry(entry, tenants)))}
                      </time>
                    </th>
                    <td data-label={t('admin.audit.who')}>{accountLabel(entry.accountId)}</td>
                    <td data-label={t('admin.audit.what')}>
                      {actionKey ? t(actionKey) : <code>{entry.action}</code>}
                    </td>
                    <td data-label={t('admin.audit.tenant')}>
                      {entry.tenantCode === null ? (
                        '–'
                      ) : (
                        <abbr title={tenantLabel(entry.tenantCode)}>{entry.tenantCode}</abbr>
                      )}
                    </td>
                    <td data-label={t('admin.audit.target')} className="admin-cell-target">
                      {entry.target === null ? '–' : accountLabel(entry.target)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {log.entries.length > 0 &&
        (log.complete ? (
          <p className="field-hint">{t('admin.audit.end')}</p>
        ) : (
          <button
            type="button"
            className="button button-secondary"
            data-testid="audit-older"
            disabled={log.loading}
            onClick={log.loadOlder}
          >
            {t(log.loading ? 'app.loading' : 'admin.audit.older')}
          </button>
        ))}
    </section>
  );
}
