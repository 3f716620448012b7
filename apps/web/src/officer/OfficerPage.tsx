import { useOfficerSession } from '../hooks/useOfficerSession';
import { LoginForm } from './LoginForm';
import { OfficerConsole } from './OfficerConsole';

/** `/officer`: sign-in, then the console. */
export function OfficerPage() {
  const session = useOfficerSession();
  if (session.token === null) return <LoginForm onLogin={session.login} expired={session.expired} />;
  return (
    <OfficerConsole
      key={session.token}
      token={session.token}
      signingOut={session.signingOut}
      onLogout={() => void session.logout()}
      onExpired={session.expire}
    />
  );
}
