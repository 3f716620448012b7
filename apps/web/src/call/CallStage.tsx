import type { CallJoin } from '@vp/contract';
import { type CallPhase, useCall } from '../hooks/useCall';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { ConfirmedButton } from '../ui/ConfirmedButton';

interface CallStageProps {
  /** Fetches this side's room credentials; called once when the stage mounts. */
  fetchJoin(): Promise<CallJoin>;
  onEnd(): void;
  ending: boolean;
  /** Another request is in flight (a transfer): the end button waits too. */
  disabled?: boolean;
}

const phaseMessages: Record<Exclude<CallPhase, 'connected'>, MessageKey> = {
  connecting: 'call.connecting',
  reconnecting: 'call.reconnecting',
  disconnected: 'call.disconnected',
  failed: 'call.failed',
};

/**
 * The video call: the other side big, oneself small, the state of the link, and the end button
 * (behind an "are you sure?"). Sized by the page's CSS to fit the screen with the button on it.
 */
export function CallStage({ fetchJoin, onEnd, ending, disabled = false }: CallStageProps) {
  const { t } = useT();
  const call = useCall(fetchJoin);
  const overlay: MessageKey | null =
    call.phase !== 'connected'
      ? phaseMessages[call.phase]
      : call.hasRemoteVideo
        ? null
        : 'call.waitingRemote';

  return (
    <section
      className="call"
      aria-labelledby="call-heading"
      data-phase={call.phase}
      data-weak={call.weakConnection}
      data-remote-participants={call.remoteParticipants}
    >
      <h2 id="call-heading" className="visually-hidden">
        {t('call.heading')}
      </h2>
      <div className="call-stage">
        {/* Sound plays through the <audio> below, so this element stays muted and may autoplay. */}
        <video
          ref={call.remoteVideoRef}
          className="call-remote"
          data-testid="remote-video"
          aria-label={t('call.remoteVideo')}
          autoPlay
          playsInline
          muted
        />
        {overlay && (
          <p className="call-overlay" role="status" data-testid="call-overlay" data-message={overlay}>
            <span className="call-overlay-text">{t(overlay)}</span>
          </p>
        )}
        {/* Always present, so that the notice is announced when it appears. */}
        <div className="call-notices" role="status">
          {call.weakConnection && (
            <p className="call-notice" data-testid="call-weak">
              <span className="call-notice-icon" aria-hidden="true">
                !
              </span>
              {t('call.weak')}
            </p>
          )}
        </div>
        <video
          ref={call.localVideoRef}
          className="call-local"
          data-testid="local-video"
          aria-label={t('call.localVideo')}
          autoPlay
          playsInline
          muted
        />
        {/* biome-ignore lint/a11y/useMediaCaption: live call audio; no caption track exists for it. */}
        <audio ref={call.remoteAudioRef} autoPlay />
      </div>
      <div className="call-controls">
        {call.mediaError && (
          <p className="notice notice-warning" role="alert">
            {t('call.mediaError')}
          </p>
        )}
        <div className="call-actions">
          {call.audioBlocked && (
            <button type="button" className="button button-secondary" onClick={call.startAudio}>
              {t('call.startAudio')}
            </button>
          )}
          <ConfirmedButton
            label={t(ending ? 'call.ending' : 'call.end')}
            className="button button-danger"
            disabled={ending || disabled}
            question={t('call.endConfirm')}
            confirmLabel={t('call.endConfirmYes')}
            keepLabel={t('call.endConfirmNo')}
            onConfirm={onEnd}
            testId="end-call"
          />
        </div>
      </div>
    </section>
  );
}
