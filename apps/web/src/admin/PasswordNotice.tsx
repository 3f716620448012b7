import type { AccountWithPassword } from '@vp/contract';
import { useId, useRef, useState } from 'react';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { useAdminT } from './useAdminT';

interface PasswordNoticeProps {
  created: AccountWithPassword;
  onDone(): void;
}

/** Copies text; false when neither the clipboard API nor the old command could. */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (a page not on HTTPS) or no permission: the selection and the old command.
    field?.select();
    return document.execCommand?.('copy') ?? false;
  }
}

/** A temporary password, shown this once: the plaza keeps only its hash. */
export function PasswordNotice({ created, onDone }: PasswordNoticeProps) {
  const { t } = useAdminT();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const field = useRef<HTMLInputElement | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const { account, temporaryPassword } = created;
  return (
    <section className="panel admin-password" aria-labelledby={`${id}-heading`} data-testid="password-notice">
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('admin.password.heading', { username: account.username })}
      </h3>
      <p>{t('admin.password.once', { name: account.name })}</p>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('admin.password.label')}</label>
        <div className="admin-password-row">
          <input
            ref={field}
            id={`${id}-password`}
            className="admin-password-value"
            readOnly
            value={temporaryPassword}
            spellCheck={false}
            autoComplete="off"
            data-testid="temporary-password"
            onFocus={(event) => event.target.select()}
          />
          <button
            type="button"
            className="button button-secondary"
            data-testid="copy-password"
            onClick={() => void copyText(temporaryPassword, field.current).then(setCopied)}
          >
            {t('admin.password.copy')}
          </button>
        </div>
      </div>
      <p role="status" className={copied === false ? 'field-error' : 'field-hint'}>
        {copied === null ? '' : t(copied ? 'admin.password.copied' : 'admin.password.copyFailed')}
      </p>
      <button type="button" className="button" data-testid="password-done" onClick={onDone}>
        {t('admin.password.done')}
      </button>
    </section>
  );
}
