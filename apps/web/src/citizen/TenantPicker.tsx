import type { Tenant } from '@vp/contract';
import { useT } from '../i18n/useT';
import { formatDays } from './service-hours';

interface TenantPickerProps {
  tenants: readonly Tenant[];
  onPick(tenant: Tenant): void;
}

/** Step 1: the agencies of the plaza, with their service hours and daily quota where they have them. */
export function TenantPicker({ tenants, onPick }: TenantPickerProps) {
  const { t, local, language } = useT();
  return (
    <section className="step" aria-labelledby="tenant-heading">
      <h2 id="tenant-heading">{t('tenant.heading')}</h2>
      <ul className="choice-list">
        {tenants.map((tenant) => (
          <li key={tenant.code}>
            <button
              type="button"
              className="choice"
              data-testid={`tenant-${tenant.code}`}
              onClick={() => onPick(tenant)}
            >
              <span className="choice-badge" aria-hidden="true">
                {tenant.code}
              </span>
              <span className="choice-body">
                <span className="choice-title">{local(tenant.name)}</span>
                <span className="choice-meta">{local(tenant.description)}</span>
                <span className="choice-meta">
                  {t('tenant.serviceCount', { count: tenant.services.length })}
                </span>
                {tenant.serviceHours && (
                  <span className="choice-meta" data-testid={`tenant-hours-${tenant.code}`}>
                    {t('tenant.hours', {
                      days: formatDays(tenant.serviceHours.days, language) ?? t('tenant.everyDay'),
                      opens: tenant.serviceHours.opens,
                      closes: tenant.serviceHours.closes,
                      zone: t(`timeZone.${tenant.timeZone}`),
                    })}
                  </span>
                )}
                {tenant.dailyQuota !== undefined && (
                  <span className="choice-meta">{t('tenant.quota', { quota: tenant.dailyQuota })}</span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
