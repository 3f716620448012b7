import type { AdminTenants } from '@vp/contract';
import { useState } from 'react';
import { ConflictNotice, StatusMessage } from './StatusMessage';
import { TenantPicker } from './TenantPicker';
import { TenantSettingsForm } from './TenantSettingsForm';
import { useAdminT } from './useAdminT';
import type { LoadState } from './useLoad';

interface TenantSettingsSectionProps {
  token: string;
  tenants: LoadState<AdminTenants> & { data: AdminTenants };
  tenantCode: string;
  onPickTenant(tenantCode: string): void;
  onExpired(): void;
}

/** A tenant's settings, saved against the configuration's version. */
export function TenantSettingsSection({
  token,
  tenants,
  tenantCode,
  onPickTenant,
  onExpired,
}: TenantSettingsSectionProps) {
  const { t, local } = useAdminT();
  const [status, setStatus] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const { version, tenants: list } = tenants.data;
  const tenant = list.find((item) => item.code === tenantCode) ?? list[0];
  if (!tenant) return null;

  const onSaved = (answer: AdminTenants) => {
    tenants.replace(answer);
    setConflict(false);
    setStatus(t('admin.settings.saved', { tenant: local(tenant.name), version: answer.version }));
  };
  const onConflict = () => {
    setStatus(null);
    setConflict(true);
    tenants.reload();
  };

  return (
    <section className="admin-section" aria-labelledby="admin-tenants-heading" data-testid="admin-tenants">
      <h2 id="admin-tenants-heading">{t('admin.tenants.heading')}</h2>
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
      {conflict && <ConflictNotice testId="settings-conflict" />}
      <StatusMessage message={status} focus testId="settings-status" />
      <TenantSettingsForm
        key={`${tenant.code}:${version}`}
        token={token}
        tenant={tenant}
        version={version}
        onSaved={onSaved}
        onConflict={onConflict}
        onEdit={() => setStatus(null)}
        onExpired={onExpired}
      />
    </section>
  );
}
