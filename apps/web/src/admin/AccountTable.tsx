import type { AccountView, AdminAccount, Tenant } from '@vp/contract';
import { useAdminT } from './useAdminT';

interface AccountTableProps {
  accounts: readonly AdminAccount[];
  me: AccountView;
  tenants: readonly Tenant[];
  /** The account being managed, whose button is pressed. */
  managing: string | null;
  onManage(accountId: string): void;
}

/** Every account; on a phone each row reads as a card (admin.css). */
export function AccountTable({ accounts, me, tenants, managing, onManage }: AccountTableProps) {
  const { t, local } = useAdminT();
  const tenantName = (code: string) => {
    const tenant = tenants.find((item) => item.code === code);
    return tenant ? local(tenant.name) : code;
  };
  return (
    <table className="table admin-table" data-testid="account-table">
      <thead>
        <tr>
          <th scope="col">{t('admin.accounts.name')}</th>
          <th scope="col">{t('admin.accounts.username')}</th>
          <th scope="col">{t('admin.accounts.role')}</th>
          <th scope="col">{t('admin.accounts.tenants')}</th>
          <th scope="col">{t('admin.accounts.state')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('admin.accounts.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr
            key={account.id}
            data-testid={`account-${account.username}`}
            data-disabled={account.disabled ? 'true' : 'false'}
          >
            <th scope="row" className="admin-cell-name">
              {account.name}
              {account.id === me.id && <span className="admin-you"> ({t('admin.accounts.you')})</span>}
            </th>
            <td data-label={t('admin.accounts.username')}>
              <code>{account.username}</code>
            </td>
            <td data-label={t('admin.accounts.role')}>{t(`admin.role.${account.role}`)}</td>
            <td data-label={t('admin.accounts.tenants')}>
              {account.role === 'admin' ? (
                t('admin.accounts.wholePlaza')
              ) : (
                <ul className="admin-inline-list">
                  {account.tenantCodes.map((code) => (
                    <li key={code}>
                      <abbr title={tenantName(code)}>{code}</abbr>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td data-label={t('admin.accounts.state')}>
              <span className={`admin-state admin-state-${account.disabled ? 'disabled' : 'enabled'}`}>
                {t(account.disabled ? 'admin.accounts.disabled' : 'admin.accounts.enabled')}
              </span>
            </td>
            <td className="admin-cell-action">
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('admin.accounts.manageLabel', { name: account.name })}
                aria-expanded={managing === account.id}
                data-testid={`manage-${account.username}`}
                onClick={() => onManage(account.id)}
              >
                {t('admin.accounts.manage')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
