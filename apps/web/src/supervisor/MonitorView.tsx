import { useCallback, useEffect, useRef } from 'react';
import { monitorCall } from '../api/supervisor-client';
import { type MonitoredVideo, useMonitorCall } from '../hooks/useMonitorCall';
import type { MessageKey } from '../i18n/id';
import { ErrorNotice } from '../ui/ErrorNotice';
import { monitorSideOf, sortBySide } from './monitor-side';
import { useSupervisorT } from './useSupervisorT';

interface MonitorViewProps {
  token: string;
  ticketId: string;
  number: string;
  onLeave(): void;
}

const phaseMessages: Record<string, MessageKey> = {
  connecting: 'call.connecting',
  reconnecting: 'call.reconnecting',
  disconnected: 'call.disconnected',
  failed: 'call.failed',
};

/** Silent monitoring of one call: both sides' video, nothing sent. */
export function MonitorView({ token, ticketId, number, onLeave }: MonitorViewProps) {
  const { t } = useSupervisorT();
  const fetchJoin = useCallback(() => monitorCall(token, ticketId), [token, ticketId]);
  const call = useMonitorCall(fetchJoin);
  const message = phaseMessages[call.phase];
  return (
    <section
      className="panel monitor"
      aria-labelledby="monitor-heading"
      data-testid="monitor"
      data-phase={call.phase}
    >
      <h3 id="monitor-heading">{t('supervisor.monitor.heading', { number })}</h3>
      <p className="notice notice-info">{t('supervisor.monitor.silent')}</p>
      {call.error && <ErrorNotice error={call.error} />}
      {message && (
        <p role="status" className="loading">
          {t(message)}
        </p>
      )}
      <div className="monitor-videos" data-testid="monitor-videos" data-count={call.videos.length}>
        {call.videos.length === 0 && call.phase === 'connected' && <p>{t('supervisor.monitor.waiting')}</p>}
        {sortBySide(call.videos).map((video, index) => {
          const side = monitorSideOf(video.identity);
          const label =
            side === 'citizen'
              ? t('supervisor.monitor.citizen', { number })
              : side === 'officer'
                ? t('supervisor.monitor.officer')
                : t('supervisor.monitor.side', { index: index + 1 });
          return <MonitorVideo key={video.identity} video={video} side={side} label={label} />;
        })}
      </div>
      <div ref={call.audioRef} hidden />
      <button type="button" className="button button-secondary" data-testid="monitor-leave" onClick={onLeave}>
        {t('supervisor.monitor.leave')}
      </button>
    </section>
  );
}

function MonitorVideo({ video, side, label }: { video: MonitoredVideo; side: string; label: string }) {
  const element = useRef<HTMLVideoElement | null>(null);
  useEffect(() => {
    const target = element.current;
    if (target === null) return;
    video.track.attach(target);
    return () => {
      video.track.detach(target);
    };
  }, [video.track]);
  return (
    <figure className="monitor-video">
      <video
        ref={element}
        data-testid="monitor-video"
        data-side={side}
        aria-label={label}
        autoPlay
        playsInline
        muted
      />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
