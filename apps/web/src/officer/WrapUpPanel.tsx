import type { LastTicket, WrapUpRequest } from '@vp/contract';
import type { ApiError } from '../api/api-error';
import { useSecondsLeft } from '../hooks/useSecondsLeft';
import { useT } from '../i18n/useT';
import { formatClock } from './countdown';
import { WrapUpForm } from './WrapUpForm';

interface WrapUpPanelProps {
  /**
   * In wrap-up: the countdown and the ready-now button show above the notes. After it (the
   * officer pressed ready quickly, or the time ran out), the panel keeps only the notes of the
   * last call, so they can still be recorded or corrected, and nothing typed is lost.
   */
  inWrapUp: boolean;
  /** When the wrap-up ends and the officer is ready again (ms since the epoch); null if unknown. */
  endsAt: number | null;
  /** The longest wrap-up of the officer's tenants: the countdown never shows more. */
  maxSeconds: number | undefined;
  /** The call the notes are for; null when there is none to record (e.g. a no-show). */
  lastTicket: LastTicket | null;
  saving: boolean;
  busy: boolean;
  /** Ending it early is choosing "ready" now. */
  onReadyNow(): void;
  onRecord(wrapUp: WrapUpRequest): Promise<ApiError | null>;
}

/** The pause after a call: how long it still lasts, the notes and outcome, the button that ends it early. */
export function WrapUpPanel({
  inWrapUp,
  endsAt,
  maxSeconds,
  lastTicket,
  saving,
  busy,
  onReadyNow,
  onRecord,
}: WrapUpPanelProps) {
  const { t } = useT();
  const seconds = useSecondsLeft(inWrapUp ? endsAt : null, maxSeconds);
  return (
    <section className="panel wrap-up" data-testid="wrap-up" aria-labelledby="wrap-up-heading">
      <h2 id="wrap-up-heading">{t(inWrapUp ? 'wrapUp.heading' : 'wrapUp.lastCallHeading')}</h2>
      {inWrapUp && <p>{t('officer.idle.wrap_up')}</p>}
      {inWrapUp && seconds !== null && (
        <p className="wrap-up-time" data-testid="wrap-up-countdown" data-seconds={seconds}>
          {seconds > 0 ? t('wrapUp.timeLeft', { time: formatClock(seconds) }) : t('wrapUp.ending')}
        </p>
      )}
      {lastTicket && (
        <WrapUpForm key={lastTicket.id} ticket={lastTicket} saving={saving} busy={busy} onSave={onRecord} />
      )}
      {inWrapUp && (
        <>
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
        </>
      )}
    </section>
  );
}
