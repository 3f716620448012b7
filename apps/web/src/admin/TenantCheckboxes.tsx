import type { Tenant } from '@vp/contract';
import { useAdminT } from './useAdminT';

interface TenantCheckboxesProps {
  id: string;
  legend: string;
  tenants: readonly Tenant[];
  checked: readonly string[];
  onChange(codes: string[]): void;
  hint?: string;
  error?: string | undefined;
}

/** A tick per tenant, in a fieldset; the codes ticked, in the catalogue's order. */
export function TenantCheckboxes({
  id,
  legend,
  tenants,
  checked,
  onChange,
  hint,
  error,
}: TenantCheckboxesProps) {
  const { local } = useAdminT();
  const toggle = (code: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(code);
    else next.delete(code);
    onChange(tenants.map((tenant) => tenant.code).filter((item) => next.has(item)));
  };
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      className="admin-fieldset"
      aria-describedby={described === '' ? undefined : described}
      data-invalid={error ? 'true' : undefined}
      data-testid={`${id}-tenants`}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="admin-checks">
        {tenants.map((tenant) => (
          <label key={tenant.code} className="admin-check">
            <input
              type="checkbox"
              value={tenant.code}
              checked={checked.includes(tenant.code)}
              onChange={(event) => toggle(tenant.code, event.target.checked)}
            />
            <span>
              <span className="admin-code">{tenant.code}</span> {local(tenant.name)}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
