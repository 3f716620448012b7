import type { Tenant, TransferTarget } from '@vp/contract';
import { type FormEvent, useState } from 'react';
import { useT } from '../i18n/useT';
import { transferRequest, transferServices, transferTenants } from './transfer-targets';

interface TransferFormProps {
  tenants: readonly Tenant[];
  /** The tenant the citizen is with now; not a transfer target. */
  currentTenantCode: string;
  transferring: boolean;
  busy: boolean;
  onTransfer(target: TransferTarget): void;
}

/** During a call: move the citizen to another tenant's line (and service), ending the call. */
export function TransferForm({
  tenants,
  currentTenantCode,
  transferring,
  busy,
  onTransfer,
}: TransferFormProps) {
  const { t, local } = useT();
  const [tenantCode, setTenantCode] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [missingTenant, setMissingTenant] = useState(false);
  const targets = transferTenants(tenants, currentTenantCode);
  const services = transferServices(tenants, tenantCode);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = transferRequest(tenantCode, serviceId);
    setMissingTenant(target === null);
    if (target !== null) onTransfer(target);
  };

  return (
    <form className="panel form transfer-form" onSubmit={onSubmit} noValidate>
      <fieldset className="form-fieldset" aria-describedby="transfer-hint">
        <legend>{t('transfer.legend')}</legend>
        <p id="transfer-hint" className="field-hint">
          {t('transfer.hint')}
        </p>
        <div className="field">
          <label htmlFor="transfer-tenant">{t('transfer.tenant')}</label>
          <select
            id="transfer-tenant"
            data-testid="transfer-tenant"
            required
            value={tenantCode}
            aria-invalid={missingTenant}
            aria-describedby={missingTenant ? 'transfer-tenant-error' : undefined}
            onChange={(event) => {
              setTenantCode(event.target.value);
              setServiceId('');
              if (event.target.value !== '') setMissingTenant(false);
            }}
          >
            <option value="">{t('transfer.tenantPlaceholder')}</option>
            {targets.map((tenant) => (
              <option key={tenant.code} value={tenant.code}>
                {t('transfer.tenantOption', { name: local(tenant.name), code: tenant.code })}
              </option>
            ))}
          </select>
          {missingTenant && (
            <p id="transfer-tenant-error" className="field-error" role="alert">
              {t('transfer.tenantRequired')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="transfer-service">{t('transfer.service')}</label>
          <select
            id="transfer-service"
            data-testid="transfer-service"
            value={serviceId}
            disabled={services.length === 0}
            onChange={(event) => setServiceId(event.target.value)}
          >
            <option value="">{t('transfer.serviceAny')}</option>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {local(service.name)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="button button-secondary"
          data-testid="transfer-submit"
          disabled={busy}
        >
          {t(transferring ? 'transfer.submitting' : 'transfer.submit')}
        </button>
      </fieldset>
    </form>
  );
}
