import type { Tenant } from '@vp/contract';
import { useId } from 'react';
import { useAdminT } from './useAdminT';

interface TenantPickerProps {
  tenants: readonly Tenant[];
  tenantCode: string;
  onPick(tenantCode: string): void;
}

/** Which tenant the section shows. */
export function TenantPicker({ tenants, tenantCode, onPick }: TenantPickerProps) {
  const { t, local } = useAdminT();
  const id = useId();
  return (
    <div className="field admin-picker">
      <label htmlFor={id}>{t('admin.tenantPicker')}</label>
      <select
        id={id}
        value={tenantCode}
        data-testid="tenant-picker"
        onChange={(event) => onPick(event.target.value)}
      >
        {tenants.map((tenant) => (
          <option key={tenant.code} value={tenant.code}>
            {t('admin.tenantOption', { code: tenant.code, name: local(tenant.name) })}
          </option>
        ))}
      </select>
    </div>
  );
}
