import { useEffect, useState } from 'react';
import { fetchSessionAccount } from '../api/admin-client';
import { useT } from '../i18n/useT';
import { Link } from '../routing/Link';

/**
 * The supervisor board's way to the admin page, shown only to an admin (the board does not know
 * the role: the session tells). Nothing shows while it asks, or if it cannot.
 */
export function AdminLink({ token }: { token: string }) {
  const { t } = useT();
  const [admin, setAdmin] = useState(false);
  useEffect(() => {
    let live = true;
    fetchSessionAccount(token).then(
      (account) => live && setAdmin(account.role === 'admin'),
      // The board notices an ended session on its own; a missing link is all this costs.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [token]);
  if (!admin) return null;
  return (
    <Link href="/admin" className="button button-secondary" testId="admin-link">
      {t('staff.adminPage')}
    </Link>
  );
}
