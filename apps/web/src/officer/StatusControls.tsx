import type { OfficerStatus, SetOfficerStatusRequest } from '@vp/contract';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { AutoAcceptSwitch } from './AutoAcceptSwitch';

type ChosenStatus = SetOfficerStatusRequest['status'];

const choices: readonly { status: ChosenStatus; label: MessageKey; testId: string }[] = [
  { status: 'ready', label: 'officer.goReady', testId: 'go-ready' },
  { status: 'away', label: 'officer.goAway', testId: 'go-away' },
  { status: 'offline', label: 'officer.goOffline', testId: 'go-offline' },
];

interface StatusControlsProps {
  status: OfficerStatus;
  autoAccept: boolean;
  busy: boolean;
  onChoose(status: ChosenStatus): void;
  onAutoAccept(autoAccept: boolean): Promise<void>;
}

/** The officer's current status, the three they can choose, and auto-accept. */
export function StatusControls({ status, autoAccept, busy, onChoose, onAutoAccept }: StatusControlsProps) {
  const { t } = useT();
  // An offer or a call has to be settled first: it is not something to walk away from by a click.
  const locked = status === 'offered' || status === 'in_call';
  return (
    <div className="panel status-controls">
      <p className="status-line" role="status">
        {t('officer.statusLabel')}{' '}
        <span className="status-pill" data-testid="officer-status" data-status={status}>
          {t(`officerStatus.${status}`)}
        </span>
      </p>
      <fieldset className="button-row">
        <legend className="visually-hidden">{t('officer.statusActions')}</legend>
        {choices.map((choice) => (
          <button
            key={choice.status}
            type="button"
            className="button button-secondary"
            data-testid={choice.testId}
            aria-pressed={status === choice.status}
            disabled={busy || locked}
            onClick={() => onChoose(choice.status)}
          >
            {t(choice.label)}
          </button>
        ))}
      </fieldset>
      <AutoAcceptSwitch checked={autoAccept} busy={busy} onChange={onAutoAccept} />
    </div>
  );
}
