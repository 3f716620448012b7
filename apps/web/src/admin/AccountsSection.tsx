import type { AccountView, AccountWithPassword, Tenant } from '@vp/contract';
import { useCallback, useState } from 'react';
import { fetchAccounts } from '../api/admin-client';
import { AccountCreateForm } from './AccountCreateForm';
import { AccountEditor } from './AccountEditor';
import { AccountTable } from './AccountTable';
import { PasswordNotice } from './PasswordNotice';
import { ServerError } from './ServerError';
import { useAdminT } from './useAdminT';
import { useLoad } from './useLoad';

interface AccountsSectionProps {
  token: string;
  me: AccountView;
  tenants: readonly Tenant[];
  onExpired(): void;
}

/** The accounts: the list, the one being managed, a new one, and a temporary password shown once. */
export function AccountsSection({ token, me, tenants, onExpired }: AccountsSectionProps) {
  const { t } = useAdminT();
  const accounts = useLoad(
    useCallback(() => fetchAccounts(token), [token]),
    onExpired,
  );
  const [managing, setManaging] = useState<string | null>(null);
  const [password, setPassword] = useState<AccountWithPassword | null>(null);
  const list = accounts.data?.accounts ?? [];
  const managed = list.find((account) => account.id === managing) ?? null;

  const showPassword = (result: AccountWithPassword) => {
    setPassword(result);
    accounts.reload();
  };

  return (
    <section className="admin-section" aria-labelledby="admin-accounts-heading" data-testid="admin-accounts">
      <h2 id="admin-accounts-heading">
        {t('admin.accounts.heading')}{' '}
        {accounts.data && <span className="count">{t('admin.accounts.count', { count: list.length })}</span>}
      </h2>
      {password && (
        <PasswordNotice
          key={`${password.account.id}:${password.temporaryPassword}`}
          created={password}
          onDone={() => setPassword(null)}
        />
      )}
      {accounts.error && <ServerError error={accounts.error} onRetry={accounts.reload} />}
      {!accounts.data && !accounts.error && <p className="loading">{t('app.loading')}</p>}
      {accounts.data && (
        <div className="admin-table-box">
          <AccountTable
            accounts={list}
            me={me}
            tenants={tenants}
            managing={managing}
            onManage={(accountId) => setManaging(managing === accountId ? null : accountId)}
          />
        </div>
      )}
      {managed && (
        <AccountEditor
          key={managed.id}
          token={token}
          account={managed}
          me={me}
          tenants={tenants}
          onChanged={accounts.reload}
          onPassword={showPassword}
          onClose={() => {
            setManaging(null);
            // Back to the row's button, where the admin left the table.
            const button = `[data-testid="manage-${managed.username}"]`;
            requestAnimationFrame(() => document.querySelector<HTMLElement>(button)?.focus());
          }}
          onExpired={onExpired}
        />
      )}
      <AccountCreateForm token={token} tenants={tenants} onCreated={showPassword} onExpired={onExpired} />
    </section>
  );
}
