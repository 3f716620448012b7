import type { AdminTenants } from '@vp/contract';
import { useState } from 'react';
import { ServicesForm } from './ServicesForm';
import { ConflictNotice, StatusMessage } from './StatusMessage';
import { TenantPicker } from './TenantPicker';
import { useAdminT } from './useAdminT';
import type { LoadState } from './useLoad';

interface ServicesSectionProps {
  token: string;
  tenants: LoadState<AdminTenants> & { data: AdminTenants };
  tenantCode: string;
  onPickTenant(tenantCode: string): void;
  onExpired(): void;
}

/** A tenant's services, their order and their requirements, saved against the configuration's version. */
export function ServicesSection({
  token,
  tenants,
  tenantCode,
  onPickTenant,
  onExpired,
}: ServicesSectionProps) {
  const { t, local } = useAdminT();
  const [status, setStatus] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const { version, tenants: list } = tenants.data;
  const tenant = list.find((item) => item.code === tenantCode) ?? list[0];
  if (!tenant) return null;

  return (
    <section className="admin-section" aria-labelledby="admin-services-heading" data-testid="admin-services">
      <h2 id="admin-services-heading">{t('admin.services.heading')}</h2>
      <div className="admin-toolbar">
        <TenantPicker
          tenants={list}
          tenantCode={tenant.code}
          onPick={(code) => {
            setStatus(null);
            setConflict(false);
            onPickTenant(code);
          }}
        />
        <p className="field-hint" data-testid="config-version">
          {t('admin.version', { version })}
        </p>
      </div>
      <p className="hint">{t('admin.services.intro')}</p>
      {conflict && <ConflictNotice testId="services-conflict" />}
      <StatusMessage message={status} focus testId="services-status" />
      <ServicesForm
        key={`${tenant.code}:${version}`}
        token={token}
        tenant={tenant}
        version={version}
        onSaved={(answer) => {
          tenants.replace(answer);
          setConflict(false);
          setStatus(t('admin.services.saved', { tenant: local(tenant.name), version: answer.version }));
        }}
        onConflict={() => {
          setStatus(null);
          setConflict(true);
          tenants.reload();
        }}
        onEdit={() => setStatus(null)}
        onExpired={onExpired}
      />
    </section>
  );
}
