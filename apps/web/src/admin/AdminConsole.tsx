import { useCallback, useState } from 'react';
import { fetchSessionAccount, fetchTenants } from '../api/admin-client';
import { Link } from '../routing/Link';
import { type AdminSection, adminHref, adminSections } from '../routing/route';
import { AccountsSection } from './AccountsSection';
import { AuditSection } from './AuditSection';
import { ServerError } from './ServerError';
import { ServicesSection } from './ServicesSection';
import { TenantSettingsSection } from './TenantSettingsSection';
import { useAdminT } from './useAdminT';
import { useLoad } from './useLoad';

interface AdminConsoleProps {
  token: string;
  section: AdminSection;
  signingOut: boolean;
  onLogout(): void;
  onExpired(): void;
}

/** The signed-in admin's page: its sections, one at a time, each at its own address. */
export function AdminConsole({ token, section, signingOut, onLogout, onExpired }: AdminConsoleProps) {
  const { t } = useAdminT();
  const me = useLoad(
    useCallback(() => fetchSessionAccount(token), [token]),
    onExpired,
  );
  const tenants = useLoad(
    useCallback(() => fetchTenants(token), [token]),
    onExpired,
  );
  // The tenant the Tenants and Services sections show, kept while moving between them.
  const [tenantCode, setTenantCode] = useState<string | null>(null);
  const shownTenant = tenantCode ?? tenants.data?.tenants[0]?.code ?? null;

  const head = (
    <div className="admin-head">
      <h1 id="admin-heading">{t('admin.title')}</h1>
      <div className="admin-head-side">
        <Link href="/supervisor" className="button button-secondary">
          {t('staff.supervisorBoard')}
        </Link>
        <button
          type="button"
          className="button button-secondary"
          data-testid="admin-logout"
          onClick={onLogout}
          disabled={signingOut}
        >
          {t(signingOut ? 'admin.logout.pending' : 'admin.logout')}
        </button>
      </div>
    </div>
  );

  let body: React.JSX.Element;
  if (me.error) body = <ServerError error={me.error} onRetry={me.reload} />;
  else if (!me.data) body = <p className="loading">{t('app.loading')}</p>;
  else if (me.data.role !== 'admin')
    body = (
      <p className="notice notice-warning" data-testid="admin-not-admin">
        {t('admin.notAdmin', { name: me.data.name })}
      </p>
    );
  else if (section === 'accounts')
    body = (
      <AccountsSection
        token={token}
        me={me.data}
        tenants={tenants.data?.tenants ?? []}
        onExpired={onExpired}
      />
    );
  else if (section === 'audit')
    body = <AuditSection token={token} tenants={tenants.data?.tenants ?? []} onExpired={onExpired} />;
  else if (tenants.error) body = <ServerError error={tenants.error} onRetry={tenants.reload} />;
  else if (!tenants.data || shownTenant === null) body = <p className="loading">{t('app.loading')}</p>;
  else if (section === 'tenants')
    body = (
      <TenantSettingsSection
        token={token}
        tenants={{ ...tenants, data: tenants.data }}
        tenantCode={shownTenant}
        onPickTenant={setTenantCode}
        onExpired={onExpired}
      />
    );
  else
    body = (
      <ServicesSection
        token={token}
        tenants={{ ...tenants, data: tenants.data }}
        tenantCode={shownTenant}
        onPickTenant={setTenantCode}
        onExpired={onExpired}
      />
    );

  return (
    <section className="page page-wide admin" aria-labelledby="admin-heading" data-testid="admin">
      {head}
      {me.data?.role === 'admin' && (
        <nav className="admin-nav" aria-label={t('admin.nav.label')}>
          <ul>
            {adminSections.map((name) => (
              <li key={name}>
                <AdminNavLink section={name} current={name === section} />
              </li>
            ))}
          </ul>
        </nav>
      )}
      {body}
    </section>
  );
}

function AdminNavLink({ section, current }: { section: AdminSection; current: boolean }) {
  const { t } = useAdminT();
  return (
    <Link
      href={adminHref(section)}
      className="admin-nav-link"
      current={current}
      testId={`admin-nav-${section}`}
    >
      {t(`admin.nav.${section}`)}
    </Link>
  );
}
