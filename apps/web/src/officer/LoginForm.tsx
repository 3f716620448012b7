import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';
import { useT } from '../i18n/useT';
import { ErrorNotice } from '../ui/ErrorNotice';

interface LoginFormProps {
  onLogin(username: string, password: string): Promise<void>;
  /** The previous session ended on its own; say so. */
  expired: boolean;
  /** The page's heading; the officer's by default (the supervisor's page reuses the form). */
  heading?: string;
}

export function LoginForm({ onLogin, expired, heading }: LoginFormProps) {
  const { t } = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setSubmitting(true);
    try {
      await onLogin(username.trim(), password);
    } catch (cause) {
      setError(asApiError(cause));
      setSubmitting(false);
    }
  };

  return (
    <section className="page page-narrow" aria-labelledby="login-heading">
      <h1 id="login-heading">{heading ?? t('officer.login.heading')}</h1>
      {expired && !error && (
        <p className="notice notice-info" role="status">
          {t('officer.login.expired')}
        </p>
      )}
      <form className="panel form" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="officer-username">{t('officer.login.username')}</label>
          <input
            id="officer-username"
            name="username"
            data-testid="login-username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="officer-password">{t('officer.login.password')}</label>
          <input
            id="officer-password"
            name="password"
            type="password"
            data-testid="login-password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {error && (
          <ErrorNotice
            error={error}
            messageKey={error.code === 'unauthenticated' ? 'officer.login.invalid' : undefined}
          />
        )}
        <button
          type="submit"
          className="button button-block"
          data-testid="login-submit"
          disabled={submitting}
        >
          {t(submitting ? 'officer.login.submitting' : 'officer.login.submit')}
        </button>
      </form>
    </section>
  );
}
