import type { AccountWithPassword, Tenant } from '@vp/contract';
import { type FormEvent, useId, useRef, useState } from 'react';
import { createAccount } from '../api/admin-client';
import { type ApiError, asApiError } from '../api/api-error';
import { AccountFields } from './AccountFields';
import {
  type AccountField,
  accountErrorKey,
  accountFieldOf,
  emptyAccountForm,
  formToCreateRequest,
} from './account-form';
import type { FieldErrors } from './form-values';
import { ServerError } from './ServerError';
import { focusFirstInvalid } from './TextField';
import { useAdminT } from './useAdminT';

interface AccountCreateFormProps {
  token: string;
  tenants: readonly Tenant[];
  onCreated(created: AccountWithPassword): void;
  onExpired(): void;
}

/** A new officer's, supervisor's or admin's account; the server picks its temporary password. */
export function AccountCreateForm({ token, tenants, onCreated, onExpired }: AccountCreateFormProps) {
  const { t } = useAdminT();
  const id = useId();
  const formRef = useRef<HTMLFormElement | null>(null);
  const [form, setForm] = useState(emptyAccountForm);
  const [errors, setErrors] = useState<FieldErrors<AccountField>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const checked = formToCreateRequest(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const created = await createAccount(token, checked.request);
      setForm(emptyAccountForm);
      onCreated(created);
    } catch (cause) {
      const error = asApiError(cause);
      if (error.code === 'unauthenticated') return onExpired();
      const field = error.field === undefined ? null : accountFieldOf(error.field);
      if (field) {
        setErrors({ [field]: true });
        focusFirstInvalid(formRef.current);
      }
      setFailure(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="account-create">
      <h3 id={`${id}-heading`}>{t('admin.create.heading')}</h3>
      <form ref={formRef} className="form admin-form" onSubmit={onSubmit} noValidate>
        <AccountFields
          id={`${id}-new`}
          form={form}
          onChange={setForm}
          errors={errors}
          withUsername
          roleLocked={false}
          tenants={tenants}
          usernameTaken={failure?.code === 'conflict'}
        />
        {failure && <ServerError error={failure} messageKey={accountErrorKey(failure)} />}
        {!failure && Object.keys(errors).length > 0 && (
          <p className="field-error">{t('admin.checkFields')}</p>
        )}
        <button type="submit" className="button" data-testid="account-create-submit" disabled={pending}>
          {t(pending ? 'admin.saving' : 'admin.create.submit')}
        </button>
      </form>
    </section>
  );
}
