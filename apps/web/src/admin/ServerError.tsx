import type { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/id';
import type { MessageParams } from '../i18n/translate';
import { errorMessage } from '../ui/error-message';
import type { AdminMessageKey } from './admin-messages';
import { useAdminT } from './useAdminT';

interface ServerErrorProps {
  error: ApiError;
  /** A more specific message than the code's (a stale version, a service still in use). */
  messageKey?: AdminMessageKey | undefined;
  onRetry?: () => void;
}

/**
 * A refused request, in the page's language, with what the server answered beneath it (its
 * message names the field and the rule; the API writes it in English).
 */
export function ServerError({ error, messageKey, onRetry }: ServerErrorProps) {
  const { t, language } = useAdminT();
  const message: { key: MessageKey | AdminMessageKey; params?: MessageParams | undefined } = messageKey
    ? { key: messageKey }
    : errorMessage(error, language);
  const fromServer = error.status > 0 && error.message !== error.code;
  return (
    <div className="notice notice-error" role="alert" data-error-code={error.code} data-testid="admin-error">
      <p>{t(message.key, message.params)}</p>
      {fromServer && (
        <p className="admin-server-said">
          {t('admin.serverSaid')} <span lang="en">{error.message}</span>
        </p>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('admin.reload')}
        </button>
      )}
    </div>
  );
}
