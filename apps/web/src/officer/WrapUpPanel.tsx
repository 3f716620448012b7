import { useSecondsLeft } from '../hooks/useSecondsLeft';
import { useT } from '../i18n/useT';
import { formatClock } from './countdown';

interface WrapUpPanelProps {
  /** When the wrap-up ends and the officer is ready again (ms since the epoch); null if unknown. */
  endsAt: number | null;
  /** The longest wrap-up of the officer's tenants: the countdown never shows more. */
  maxSeconds: number | undefined;
  busy: boolean;
  /** Ending it early is choosing "ready" now. */
  onReadyNow(): void;
}

/** The pause after a call: how long it still lasts, and the button that ends it early. */
export function WrapUpPanel({ endsAt, maxSeconds, busy, onReadyNow }: WrapUpPanelProps) {
  const { t } = useT();
  const seconds = useSecondsLeft(endsAt, maxSeconds);
  return (
    <section className="panel wrap-up" data-testid="wrap-up" aria-labelledby="wrap-up-heading">
      <h2 id="wrap-up-heading">{t('wrapUp.heading')}</h2>
      <p>{t('officer.idle.wrap_up')}</p>
      {seconds !== null && (
        <p className="wrap-up-time" data-testid="wrap-up-countdown" data-seconds={seconds}>
          {seconds > 0 ? t('wrapUp.timeLeft', { time: formatClock(seconds) }) : t('wrapUp.ending')}
        </p>
      )}
      <button
        type="button"
        className="button"
        data-testid="ready-now"
        aria-describedby="ready-now-hint"
        disabled={busy}
        onClick={onReadyNow}
      >
        {t('wrapUp.readyNow')}
      </button>
      <p id="ready-now-hint" className="field-hint">
        {t('wrapUp.readyNowHint')}
      </p>
    </section>
  );
}
