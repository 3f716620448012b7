import { useState } from 'react';
import { useT } from '../i18n/useT';

interface AutoAcceptSwitchProps {
  checked: boolean;
  busy: boolean;
  onChange(autoAccept: boolean): Promise<void>;
}

/**
 * "Terima otomatis": offers go straight into the call. A setting of its own, changed in any
 * status (it never ends a wrap-up); it applies from the next offer on.
 */
export function AutoAcceptSwitch({ checked, busy, onChange }: AutoAcceptSwitchProps) {
  const { t } = useT();
  // The click shows at once, disabled until the API answers; then the officer's view decides.
  const [requested, setRequested] = useState<boolean | null>(null);
  return (
    <div className="checkbox-field">
      <input
        id="auto-accept"
        type="checkbox"
        data-testid="auto-accept"
        checked={requested ?? checked}
        disabled={busy}
        aria-describedby="auto-accept-hint"
        onChange={(event) => {
          const next = event.target.checked;
          setRequested(next);
          void onChange(next).finally(() => setRequested(null));
        }}
      />
      <div>
        <label htmlFor="auto-accept">{t('autoAccept.label')}</label>
        <p id="auto-accept-hint" className="field-hint">
          {t('autoAccept.hint')}
        </p>
      </div>
    </div>
  );
}
