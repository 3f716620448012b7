import type { AccountWithPassword, Tenant } from '@vp/contract';
import { type FormEvent, useId, useState } from 'react';
import { createAccount } from '../api/admin-client';
import { asApiError } from '../api/api-error';
import { AccountFields } from './AccountFields';
import {
  type AccountField,
  accountErrorKey,
  accountFieldOf,
  emptyAccountForm,
  formToCreateRequest,
} from './account-form';
import { SaveButton, SubmitFeedback } from './FormSubmit';
import { useAdminT } from './useAdminT';
import { useFormErrors } from './useFormErrors';

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
  const [form, setForm] = useState(emptyAccountForm);
  const { formRef, errors, failure, setFailure, markFields, clearFields, showRefusal } =
    useFormErrors<AccountField>();
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const checked = formToCreateRequest(form);
    if (!checked.ok) return markFields(checked.errors);
    clearFields();
    setPending(true);
    try {
      const created = await createAccount(token, checked.request);
      setForm(emptyAccountForm);
      onCreated(created);
    } catch (cause) {
      const error = asApiError(cause);
      if (error.code === 'unauthenticated') return onExpired();
      showRefusal(error, error.field === undefined ? null : accountFieldOf(error.field));
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
        <SubmitFeedback
          failure={failure}
          messageKey={failure ? accountErrorKey(failure) : undefined}
          errors={errors}
        />
        <SaveButton label="admin.create.submit" pending={pending} testId="account-create-submit" />
      </form>
    </section>
  );
}
