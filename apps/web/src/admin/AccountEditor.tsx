import type { AccountView, AccountWithPassword, AdminAccount, Tenant } from '@vp/contract';
import { type FormEvent, useId, useState } from 'react';
import { endSessions, resetPassword, updateAccount } from '../api/admin-client';
import { asApiError } from '../api/api-error';
import { ConfirmedButton } from '../ui/ConfirmedButton';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { AccountFields } from './AccountFields';
import {
  type AccountField,
  accountErrorKey,
  accountFieldOf,
  accountToForm,
  formToUpdateRequest,
} from './account-form';
import { SaveButton } from './FormSubmit';
import { ServerError } from './ServerError';
import { StatusMessage } from './StatusMessage';
import { useAdminT } from './useAdminT';
import { useFormErrors } from './useFormErrors';

interface AccountEditorProps {
  token: string;
  account: AdminAccount;
  me: AccountView;
  tenants: readonly Tenant[];
  /** The account changed: the list is fetched again. */
  onChanged(): void;
  onPassword(result: AccountWithPassword): void;
  onClose(): void;
  onExpired(): void;
}

type Action = 'save' | 'disable' | 'password' | 'sessions';

/** One account: its name, role and tenants; disabling, a new password, ending its sessions. */
export function AccountEditor(props: AccountEditorProps) {
  const { token, account, me, tenants, onChanged, onExpired } = props;
  const { t } = useAdminT();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [form, setForm] = useState(() => accountToForm(account));
  const { formRef, errors, failure, setFailure, markFields, clearFields, showRefusal } =
    useFormErrors<AccountField>();
  const [pending, setPending] = useState<Action | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const self = account.id === me.id;

  const run = async (action: Action, work: () => Promise<string | null>) => {
    setFailure(null);
    setStatus(null);
    setPending(action);
    try {
      const message = await work();
      if (message !== null) setStatus(message);
    } catch (cause) {
      const error = asApiError(cause);
      if (error.code === 'unauthenticated') return onExpired();
      showRefusal(error, error.field === undefined ? null : accountFieldOf(error.field));
    } finally {
      setPending(null);
    }
  };

  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = formToUpdateRequest(account, form);
    if (!checked.ok) return markFields(checked.errors);
    clearFields();
    const request = checked.request;
    if (request === null) {
      setFailure(null);
      setStatus(t('admin.edit.nothing'));
      return;
    }
    void run('save', async () => {
      const saved = await updateAccount(token, account.id, request);
      onChanged();
      return t('admin.edit.saved', { name: saved.name });
    });
  };

  const setDisabled = (disabled: boolean) =>
    run('disable', async () => {
      await updateAccount(token, account.id, { disabled });
      onChanged();
      return t(disabled ? 'admin.disable.done' : 'admin.enable.done', { name: account.name });
    });

  const busy = pending !== null;
  return (
    <section className="panel admin-editor" aria-labelledby={`${id}-heading`} data-testid="account-editor">
      <div className="admin-editor-head">
        <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {t('admin.edit.heading', { name: account.name })}
        </h3>
        <button type="button" className="button button-secondary button-small" onClick={props.onClose}>
          {t('admin.close')}
        </button>
      </div>
      <p className="field-hint">{t('admin.edit.usernameIs', { username: account.username })}</p>
      <StatusMessage message={status} focus testId="account-editor-status" />
      {failure && <ServerError error={failure} messageKey={accountErrorKey(failure)} />}
      <form ref={formRef} className="form admin-form" onSubmit={onSave} noValidate>
        <AccountFields
          id={`${id}-edit`}
          form={form}
          onChange={setForm}
          errors={errors}
          withUsername={false}
          roleLocked={self}
          tenants={tenants}
        />
        <p className="field-hint">{t('admin.edit.sessionsNote')}</p>
        <SaveButton
          label="admin.edit.save"
          pending={pending === 'save'}
          disabled={busy}
          testId="account-save"
        />
      </form>
      <fieldset className="admin-fieldset admin-actions">
        <legend>{t('admin.edit.actions')}</legend>
        <ConfirmedButton
          label={t(pending === 'password' ? 'admin.working' : 'admin.reset')}
          className="button button-secondary"
          disabled={busy}
          question={t('admin.reset.confirm', { name: account.name })}
          confirmLabel={t('admin.reset.yes')}
          keepLabel={t('admin.keep')}
          onConfirm={() =>
            void run('password', async () => {
              props.onPassword(await resetPassword(token, account.id));
              return null;
            })
          }
          testId="reset-password"
        />
        <ConfirmedButton
          label={t(pending === 'sessions' ? 'admin.working' : 'admin.endSessions')}
          className="button button-secondary"
          disabled={busy}
          question={t('admin.endSessions.confirm', { name: account.name })}
          confirmLabel={t('admin.endSessions.yes')}
          keepLabel={t('admin.keep')}
          onConfirm={() =>
            void run('sessions', async () => {
              const ended = await endSessions(token, account.id);
              return t('admin.endSessions.done', { count: ended.ended, name: account.name });
            })
          }
          testId="end-sessions"
        />
        {!self &&
          (account.disabled ? (
            <ConfirmedButton
              label={t(pending === 'disable' ? 'admin.working' : 'admin.enable')}
              className="button button-secondary"
              disabled={busy}
              question={t('admin.enable.confirm', { name: account.name })}
              confirmLabel={t('admin.enable.yes')}
              keepLabel={t('admin.keep')}
              onConfirm={() => void setDisabled(false)}
              testId="enable-account"
            />
          ) : (
            <ConfirmedButton
              label={t(pending === 'disable' ? 'admin.working' : 'admin.disable')}
              className="button button-danger-outline"
              disabled={busy}
              question={t('admin.disable.confirm', { name: account.name })}
              confirmLabel={t('admin.disable.yes')}
              keepLabel={t('admin.keep')}
              onConfirm={() => void setDisabled(true)}
              testId="disable-account"
            />
          ))}
      </fieldset>
    </section>
  );
}
