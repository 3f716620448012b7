import { LoginForm } from '../officer/LoginForm';
import type { AdminSection } from '../routing/route';
import { AdminConsole } from './AdminConsole';
import { useAdminSession } from './useAdminSession';
import { useAdminT } from './useAdminT';
import './admin.css';

/** `/admin` and its sections: an admin's sign-in, then the page. */
export function AdminPage({ section }: { section: AdminSection }) {
  const { t } = useAdminT();
  const session = useAdminSession();
  if (session.token === null)
    return <LoginForm onLogin={session.login} expired={session.expired} heading={t('admin.login.heading')} />;
  return (
    <AdminConsole
      key={session.token}
      token={session.token}
      section={section}
      signingOut={session.signingOut}
      onLogout={() => void session.logout()}
      onExpired={session.expire}
    />
  );
}
