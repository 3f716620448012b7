import { useId } from 'react';
import { useDeviceCheckT } from './useDeviceCheckT';
import type { NetworkCheckState } from './useNetworkCheck';

interface NetworkSummaryProps {
  state: NetworkCheckState;
  onRun(): void;
}

/** The network check's verdict in plain words (a live region), its figures, and "check again". */
export function NetworkSummary({ state, onRun }: NetworkSummaryProps) {
  const { t, language } = useDeviceCheckT();
  const id = useId();
  const time = (at: number) =>
    new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', {
      hour: '2-digit',
      minute: '2-digit',
    }).format(at);
  const rate = (kbps: number | null) => {
    const value = kbps ?? 0;
    const format = (number: number, digits: number) =>
      new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits }).format(
        number,
      );
    return value < 1000 ? `${format(value, 0)} kbit/s` : `${format(value / 1000, 1)} Mbit/s`;
  };
  const finding = state.phase === 'done' ? state.finding : undefined;
  const tone =
    finding === 'video'
      ? 'device-ok'
      : finding === undefined
        ? ''
        : finding === 'audio_only'
          ? 'notice notice-warning'
          : 'notice notice-error';

  return (
    <div className="device-check-part">
      <h3 id={`${id}-heading`}>{t('deviceCheck.network.heading')}</h3>
      <div
        role="status"
        aria-live="polite"
        data-testid="network-verdict"
        data-phase={state.phase}
        data-finding={finding}
      >
        {state.phase === 'idle' && <p className="hint">{t('deviceCheck.network.notYet')}</p>}
        {state.phase === 'running' && <p className="hint">{t('deviceCheck.network.checking')}</p>}
        {state.phase === 'done' && (
          <div className={tone}>
            <p className="network-finding">{t(`deviceCheck.network.${state.finding}`)}</p>
            {state.measurement && state.measurement.rttMs !== null && (
              <p className="network-figures">
                {t('deviceCheck.network.figures', {
                  down: rate(state.measurement.downKbps),
                  up: rate(state.measurement.upKbps),
                  rtt: state.measurement.rttMs,
                })}
              </p>
            )}
            <p className="network-figures">{t('deviceCheck.network.checkedAt', { time: time(state.at) })}</p>
          </div>
        )}
        {state.phase === 'refused' && (
          <p className="notice notice-warning">
            {state.retryAfterSeconds !== undefined
              ? t('deviceCheck.network.tooOften', { seconds: state.retryAfterSeconds })
              : t('deviceCheck.network.refused')}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button-link"
        onClick={onRun}
        disabled={state.phase === 'running'}
        data-testid="network-check-again"
      >
        {t('deviceCheck.network.again')}
      </button>
    </div>
  );
}
