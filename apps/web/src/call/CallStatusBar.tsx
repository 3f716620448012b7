// The strip over the top of the call: who is on the other side, how long the call has run, and
// how good each side's connection is (LiveKit's connection quality of both participants).
import { useEffect, useState } from 'react';
import type { LinkQuality } from '../hooks/useCall';
import { useT } from '../i18n/useT';
import { formatCallDuration } from './call-timing';

const bars: Record<LinkQuality, number> = { excellent: 3, good: 2, poor: 1, lost: 0, unknown: 0 };

function QualityMeter({ label, quality, testId }: { label: string; quality: LinkQuality; testId: string }) {
  const { t } = useT();
  const text = t('call.qualityOf', { who: label, quality: t(`call.quality.${quality}`) });
  return (
    <span
      className="call-quality"
      data-quality={quality}
      data-testid={testId}
      role="img"
      aria-label={text}
      title={text}
    >
      <span className="call-quality-who" aria-hidden="true">
        {label}
      </span>
      <span className="call-quality-bars" aria-hidden="true">
        {[1, 2, 3].map((level) => (
          <span key={level} className={level <= bars[quality] ? 'call-quality-bar on' : 'call-quality-bar'} />
        ))}
      </span>
    </span>
  );
}

function CallTimer({ startedAt }: { startedAt: number }) {
  const { t } = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span className="call-timer" data-testid="call-timer">
      <span className="visually-hidden">{t('call.duration')} </span>
      {formatCallDuration(now - startedAt)}
    </span>
  );
}

interface CallStatusBarProps {
  peerLabel: string;
  startedAt: number | null;
  localQuality: LinkQuality;
  remoteQuality: LinkQuality;
  remotePresent: boolean;
}

export function CallStatusBar({
  peerLabel,
  startedAt,
  localQuality,
  remoteQuality,
  remotePresent,
}: CallStatusBarProps) {
  const { t } = useT();
  return (
    <div className="call-status-bar">
      <span className="call-peer" data-testid="call-peer">
        {peerLabel}
      </span>
      {startedAt !== null && <CallTimer startedAt={startedAt} />}
      <span className="call-qualities">
        <QualityMeter label={t('call.you')} quality={localQuality} testId="call-quality-local" />
        <QualityMeter
          label={t('call.them')}
          quality={remotePresent ? remoteQuality : 'unknown'}
          testId="call-quality-remote"
        />
      </span>
    </div>
  );
}
