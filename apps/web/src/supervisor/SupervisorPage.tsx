import { useSupervisorSession } from '../hooks/useSupervisorSession';
import { LoginForm } from '../officer/LoginForm';
import { SupervisorConsole } from './SupervisorConsole';
import { useSupervisorT } from './useSupervisorT';
import './supervisor.css';

/** `/supervisor` and `/supervisor/tenants/:tenantCode`: sign-in, then the board or a tenant. */
export function SupervisorPage({ tenantCode }: { tenantCode: string | null }) {
  const { t } = useSupervisorT();
  const session = useSupervisorSession();
  if (session.token === null)
    return (
      <LoginForm onLogin={session.login} expired={session.expired} heading={t('supervisor.login.heading')} />
    );
  return (
    <SupervisorConsole
      key={session.token}
      token={session.token}
      tenantCode={tenantCode}
      signingOut={session.signingOut}
      onLogout={() => void session.logout()}
      onExpired={session.expire}
    />
  );
}
