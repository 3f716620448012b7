import type { ApiError } from '../api/api-error';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { errorMessage } from './error-message';

interface ErrorNoticeProps {
  error: ApiError;
  /** A more specific message than the code's, e.g. "wrong password" for a failed sign-in. */
  messageKey?: MessageKey;
  onRetry?: () => void;
}

/** An error, announced to screen readers, in the current language. */
export function ErrorNotice({ error, messageKey, onRetry }: ErrorNoticeProps) {
  const { t, language } = useT();
  const message = messageKey ? { key: messageKey } : errorMessage(error, language);
  return (
    <div className="notice notice-error" role="alert" data-error-code={error.code}>
      <p>{t(message.key, message.params)}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
