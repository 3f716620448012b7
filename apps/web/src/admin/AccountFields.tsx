import { type AccountRole, accountRoles, type Tenant } from '@vp/contract';
import type { AccountField, AccountForm } from './account-form';
import type { FieldErrors } from './form-values';
import { TenantCheckboxes } from './TenantCheckboxes';
import { TextField } from './TextField';
import { useAdminT } from './useAdminT';

interface AccountFieldsProps {
  id: string;
  form: AccountForm;
  onChange(form: AccountForm): void;
  errors: FieldErrors<AccountField>;
  /** Whether the username may be typed (only when creating: it stays afterwards). */
  withUsername: boolean;
  /** The admin's own account: its role stays (the plaza keeps an admin). */
  roleLocked: boolean;
  tenants: readonly Tenant[];
  /** The username field's error is "taken" rather than "malformed". */
  usernameTaken?: boolean;
}

/** An account's fields: username (when new), name, role, and the tenants of an officer or supervisor. */
export function AccountFields(props: AccountFieldsProps) {
  const { t } = useAdminT();
  const { id, form, onChange, errors } = props;
  const set = (changes: Partial<AccountForm>) => onChange({ ...form, ...changes });
  return (
    <>
      {props.withUsername && (
        <TextField
          id={`${id}-username`}
          label={t('admin.accounts.username')}
          hint={t('admin.field.username.hint')}
          error={
            errors.username
              ? t(props.usernameTaken ? 'admin.field.username.taken' : 'admin.field.username.error')
              : undefined
          }
          value={form.username}
          onChange={(username) => set({ username })}
          testId="account-username"
          maxLength={64}
        />
      )}
      <TextField
        id={`${id}-name`}
        label={t('admin.accounts.name')}
        error={errors.name ? t('admin.field.name.error') : undefined}
        value={form.name}
        onChange={(name) => set({ name })}
        testId="account-name"
        maxLength={80}
      />
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('admin.accounts.role')}</label>
        <select
          id={`${id}-role`}
          value={form.role}
          disabled={props.roleLocked}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={errors.role ? `${id}-role-error` : undefined}
          data-testid="account-role"
          onChange={(event) => set({ role: event.target.value as AccountRole })}
        >
          {accountRoles.map((role) => (
            <option key={role} value={role}>
              {t(`admin.role.${role}`)}
            </option>
          ))}
        </select>
        {errors.role && (
          <p id={`${id}-role-error`} className="field-error">
            {t('admin.field.role.error')}
          </p>
        )}
      </div>
      {form.role === 'admin' ? (
        <p className="field-hint">{t('admin.field.tenants.admin')}</p>
      ) : (
        <TenantCheckboxes
          id={id}
          legend={t('admin.accounts.tenants')}
          hint={t('admin.field.tenants.hint')}
          tenants={props.tenants}
          checked={form.tenantCodes}
          onChange={(tenantCodes) => set({ tenantCodes })}
          error={errors.tenantCodes ? t('admin.field.tenants.error') : undefined}
        />
      )}
    </>
  );
}
