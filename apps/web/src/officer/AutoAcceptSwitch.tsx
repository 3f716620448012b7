import type { OfficerStatus } from '@vp/contract';
import { useState } from 'react';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { autoAcceptStatus } from './officer-status';

interface AutoAcceptSwitchProps {
  status: OfficerStatus;
  checked: boolean;
  busy: boolean;
  onChange(autoAccept: boolean): Promise<void>;
}

/** "Terima otomatis": offers go straight into the call. Settled offers and calls only. */
export function AutoAcceptSwitch({ status, checked, busy, onChange }: AutoAcceptSwitchProps) {
  const { t } = useT();
  // The click shows at once, disabled until the API answers; then the officer's view decides.
  const [requested, setRequested] = useState<boolean | null>(null);
  const locked = autoAcceptStatus(status) === null;
  const note: MessageKey | null = locked
    ? 'autoAccept.lockedHint'
    : status === 'wrap_up'
      ? 'autoAccept.wrapUpHint'
      : null;
  return (
    <div className="checkbox-field">
      <input
        id="auto-accept"
        type="checkbox"
        data-testid="auto-accept"
        checked={requested ?? checked}
        disabled={busy || locked}
        aria-describedby={note ? 'auto-accept-hint auto-accept-note' : 'auto-accept-hint'}
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
        {note && (
          <p id="auto-accept-note" className="field-hint">
            {t(note)}
          </p>
        )}
      </div>
    </div>
  );
}
