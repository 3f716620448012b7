import { useEffect, useRef } from 'react';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { useAdminT } from './useAdminT';

interface StatusMessageProps {
  /** The message; null shows nothing. A new message takes the focus when `focus` is set. */
  message: string | null;
  focus?: boolean;
  testId?: string;
}

/**
 * What an action did ("saved"), announced politely; focused when asked, so that after a button
 * that vanished (a confirmation step) the keyboard lands on the outcome.
 */
export function StatusMessage({ message, focus = false, testId }: StatusMessageProps) {
  const ref = useRef<HTMLParagraphElement | null>(null);
  useEffect(() => {
    if (message !== null && focus) ref.current?.focus();
  }, [message, focus]);
  return (
    <p
      ref={ref}
      role="status"
      tabIndex={-1}
      className={message ? 'notice notice-success' : 'admin-status-empty'}
      data-testid={testId}
    >
      {message}
    </p>
  );
}

/** Another admin changed the data meanwhile: said, and focused, as the form comes back fresh. */
export function ConflictNotice({ testId }: { testId: string }) {
  const { t } = useAdminT();
  const ref = useFocusOnMount<HTMLParagraphElement>();
  return (
    <p ref={ref} tabIndex={-1} className="notice notice-warning" role="alert" data-testid={testId}>
      {t('admin.conflict')}
    </p>
  );
}
