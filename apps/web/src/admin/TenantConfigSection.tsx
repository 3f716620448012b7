import type { AdminTenants, Tenant } from '@vp/contract';
import { type ReactNode, useState } from 'react';
import type { AdminMessageKey } from './admin-messages';
import { ConflictNotice, StatusMessage } from './StatusMessage';
import { TenantPicker } from './TenantPicker';
import { useAdminT } from './useAdminT';
import type { LoadState } from './useLoad';

/** What a section's form of one tenant gets: it saves against the configuration's version. */
export interface TenantConfigFormProps {
  token: string;
  tenant: Tenant;
  /** The configuration's version the form was filled from; the save names it. */
  version: number;
  onSaved(answer: AdminTenants): void;
  /** Another admin changed the plaza meanwhile (409): the page loads it again. */
  onConflict(): void;
  /** The admin typed: an earlier "saved" no longer describes the form. */
  onEdit(): void;
  onExpired(): void;
}

export interface TenantSectionProps {
  token: string;
  tenants: LoadState<AdminTenants> & { data: AdminTenants };
  tenantCode: string;
  onPickTenant(tenantCode: string): void;
  onExpired(): void;
}

interface TenantConfigSectionProps extends TenantSectionProps {
  /** Names the section's ids: `admin-${part}` and `admin-${part}-heading`. */
  part: string;
  heading: AdminMessageKey;
  intro?: AdminMessageKey;
  /** Said once a save went through, with `{tenant}` and `{version}`. */
  saved: AdminMessageKey;
  /** Prefixes the conflict's and the status's test ids. */
  testIdPrefix: string;
  /** The form, given a key that starts it afresh for another tenant or version. */
  form(key: string, props: TenantConfigFormProps): ReactNode;
}

/** One part of a tenant's configuration: the tenant picked, its form, what the last save did. */
export function TenantConfigSection(props: TenantConfigSectionProps) {
  const { token, tenants, tenantCode, onPickTenant, onExpired, part, testIdPrefix } = props;
  const { t, local } = useAdminT();
  const [status, setStatus] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const { version, tenants: list } = tenants.data;
  const tenant = list.find((item) => item.code === tenantCode) ?? list[0];
  if (!tenant) return null;

  return (
    <section
      className="admin-section"
      aria-labelledby={`admin-${part}-heading`}
      data-testid={`admin-${part}`}
    >
      <h2 id={`admin-${part}-heading`}>{t(props.heading)}</h2>
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
      {props.intro && <p className="hint">{t(props.intro)}</p>}
      {conflict && <ConflictNotice testId={`${testIdPrefix}-conflict`} />}
      <StatusMessage message={status} focus testId={`${testIdPrefix}-status`} />
      {props.form(`${tenant.code}:${version}`, {
        token,
        tenant,
        version,
        onSaved: (answer) => {
          tenants.replace(answer);
          setConflict(false);
          setStatus(t(props.saved, { tenant: local(tenant.name), version: answer.version }));
        },
        onConflict: () => {
          setStatus(null);
          setConflict(true);
          tenants.reload();
        },
        onEdit: () => setStatus(null),
        onExpired,
      })}
    </section>
  );
}
