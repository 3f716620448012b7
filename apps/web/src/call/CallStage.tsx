import type { CallJoin } from '@vp/contract';
import type { Room } from 'livekit-client';
import { type ReactNode, useEffect, useState } from 'react';
import { type CallPhase, useCall } from '../hooks/useCall';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { ConfirmedButton } from '../ui/ConfirmedButton';
import { CallControls } from './CallControls';
import { CallStatusBar } from './CallStatusBar';
import { remoteDropGraceMs } from './call-timing';

interface CallStageProps {
  /** Fetches this side's room credentials; called once when the stage mounts. */
  fetchJoin(): Promise<CallJoin>;
  onEnd(): void;
  ending: boolean;
  /** Another request is in flight (a transfer): the end button waits too. */
  disabled?: boolean;
  /** Whose page this is: the officer may share the screen and decides about a dropped citizen. */
  side: 'citizen' | 'officer';
  /** The call's tools (chat, documents), rendered beside the call once the room is joined. */
  tools?: (room: Room) => ReactNode;
}

const phaseMessages: Record<Exclude<CallPhase, 'connected'>, MessageKey> = {
  connecting: 'call.connecting',
  reconnecting: 'call.reconnecting',
  disconnected: 'call.disconnected',
  failed: 'call.failed',
};

/** True once `since` lies `afterMs` in the past; false while it is null. */
function usePassed(since: number | null, afterMs: number): boolean {
  const [passed, setPassed] = useState(false);
  useEffect(() => {
    setPassed(false);
    if (since === null) return;
    const timer = setTimeout(() => setPassed(true), Math.max(0, since + afterMs - Date.now()));
    return () => clearTimeout(timer);
  }, [since, afterMs]);
  return passed;
}

/**
 * The video call: the other side big (their shared screen bigger still, their camera small beside
 * it), oneself small, who and how long, both sides' connection, the state of the link, the
 * controls, and the end button (behind an "are you sure?"). Sized by the page's CSS to fit the
 * screen with the buttons on it.
 */
export function CallStage({ fetchJoin, onEnd, ending, disabled = false, side, tools }: CallStageProps) {
  const { t } = useT();
  const call = useCall(fetchJoin);
  // The officer decides once the citizen has been gone past the grace; "wait" asks again later.
  const [waitingSince, setWaitingSince] = useState<number | null>(null);
  const dropMark = call.remoteDroppedAt === null ? null : Math.max(call.remoteDroppedAt, waitingSince ?? 0);
  const graceOver = usePassed(dropMark, remoteDropGraceMs);
  const askAboutDrop = side === 'officer' && graceOver && call.remoteDroppedAt !== null;

  const dropped = call.phase === 'connected' && call.remoteDroppedAt !== null;
  const receiving = !call.audioOnly && !call.videoPaused;
  const showsRemoteVideo = call.hasRemoteVideo && call.remoteCameraOn && receiving;
  const sharing = call.hasRemoteScreen && receiving;

  const overlay: MessageKey | null =
    call.phase !== 'connected'
      ? phaseMessages[call.phase]
      : dropped
        ? null
        : !call.remotePresent
          ? 'call.waitingRemote'
          : null;
  // The other side is there without a picture: say why, over their name.
  const pictureMissing = call.phase === 'connected' && call.remotePresent && !showsRemoteVideo && !sharing;
  // (Paused for the link: the notice above says why, so the card shows the name alone.)
  const absentPicture: MessageKey | null = !pictureMissing
    ? null
    : call.audioOnly
      ? 'call.audioOnlyNotice'
      : call.videoPaused
        ? null
        : call.remoteAudioOnly
          ? 'call.remoteAudioOnly'
          : !call.remoteCameraOn
            ? 'call.remoteCameraOff'
            : 'call.waitingVideo';

  const peerLabel =
    side === 'officer'
      ? call.remoteName
        ? t('call.peerTicket', { number: call.remoteName })
        : t('call.peerCitizen')
      : call.remoteName
        ? t('call.peerOfficer', { name: call.remoteName })
        : t('call.peerOfficerUnknown');

  return (
    <section
      className="call"
      aria-labelledby="call-heading"
      data-phase={call.phase}
      data-weak={call.weakConnection}
      data-remote-participants={call.remoteParticipants}
      data-video-paused={call.videoPaused ? 'true' : 'false'}
      data-audio-only={call.audioOnly ? 'true' : 'false'}
      data-remote-present={call.remotePresent ? 'true' : 'false'}
      data-remote-mic={call.remoteMicOn ? 'on' : 'off'}
      data-remote-camera={call.remoteCameraOn ? 'on' : 'off'}
      data-remote-screen={call.hasRemoteScreen ? 'true' : 'false'}
      data-mic={call.micOn ? 'on' : 'off'}
      data-camera={call.cameraLive ? 'on' : 'off'}
      data-screen-sharing={call.screenSharing ? 'true' : 'false'}
    >
      <h2 id="call-heading" className="visually-hidden">
        {t('call.heading')}
      </h2>
      <div className="call-stage" data-layout={sharing ? 'screen' : 'camera'}>
        {/* The other side's shared screen, large; their camera then goes small. */}
        <video
          ref={call.remoteScreenRef}
          className="call-screen"
          data-testid="remote-screen"
          aria-label={t('call.remoteScreen')}
          hidden={!sharing}
          autoPlay
          playsInline
          muted
        />
        {/* Sound plays through the <audio> below, so this element stays muted and may autoplay. */}
        <video
          ref={call.remoteVideoRef}
          className="call-remote"
          data-testid="remote-video"
          aria-label={t('call.remoteVideo')}
          data-shown={showsRemoteVideo ? 'true' : 'false'}
          autoPlay
          playsInline
          muted
        />
        {pictureMissing && (
          <div
            className="call-absent"
            data-testid="call-no-picture"
            data-message={absentPicture ?? 'call.videoPaused'}
          >
            <span className="call-absent-name">{peerLabel}</span>
            {absentPicture && <span className="call-absent-reason">{t(absentPicture)}</span>}
          </div>
        )}
        {overlay && (
          <p className="call-overlay" role="status" data-testid="call-overlay" data-message={overlay}>
            <span className="call-overlay-text">{t(overlay)}</span>
          </p>
        )}
        {dropped && (
          <div className="call-overlay" data-testid="call-remote-dropped">
            <div className="call-overlay-text call-dropped">
              <p>{t(side === 'officer' ? 'call.remoteDroppedCitizen' : 'call.remoteDroppedOfficer')}</p>
              {askAboutDrop && (
                <fieldset className="call-drop-choice" data-testid="call-drop-choice">
                  <legend>{t('call.dropQuestion')}</legend>
                  <div className="call-drop-buttons">
                    <button
                      type="button"
                      className="button button-secondary"
                      data-testid="call-drop-wait"
                      onClick={() => setWaitingSince(Date.now())}
                    >
                      {t('call.dropWait')}
                    </button>
                    <button
                      type="button"
                      className="button button-danger"
                      data-testid="call-drop-end"
                      disabled={ending || disabled}
                      onClick={onEnd}
                    >
                      {t('call.end')}
                    </button>
                  </div>
                </fieldset>
              )}
            </div>
          </div>
        )}
        <CallStatusBar
          peerLabel={peerLabel}
          startedAt={call.startedAt}
          localQuality={call.localQuality}
          remoteQuality={call.remoteQuality}
          remotePresent={call.remotePresent}
        />
        {/* Always present, so that a notice is announced when it appears. */}
        <div className="call-notices" role="status" hidden={call.phase !== 'connected'}>
          {call.videoPaused && (
            <p className="call-notice" data-testid="call-video-paused">
              <span className="call-notice-icon" aria-hidden="true">
                !
              </span>
              {t('call.videoPaused')}
            </p>
          )}
          {call.weakConnection && !call.videoPaused && (
            <p className="call-notice" data-testid="call-weak">
              <span className="call-notice-icon" aria-hidden="true">
                !
              </span>
              {t('call.weak')}
            </p>
          )}
          {call.remotePresent && !call.remoteMicOn && call.phase === 'connected' && (
            <p className="call-notice call-notice-quiet" data-testid="call-remote-muted">
              {t('call.remoteMuted')}
            </p>
          )}
          {call.screenSharing && (
            <p className="call-notice call-notice-quiet" data-testid="call-sharing">
              {t('call.sharingNotice')}
            </p>
          )}
        </div>
        <div className="call-self" data-camera={call.cameraLive ? 'on' : 'off'}>
          <video
            ref={call.localVideoRef}
            className="call-local"
            data-testid="local-video"
            aria-label={t('call.localVideo')}
            autoPlay
            playsInline
            muted
          />
          {!call.cameraLive && <span className="call-self-off">{t('call.localCameraOff')}</span>}
        </div>
        {/* biome-ignore lint/a11y/useMediaCaption: live call audio; no caption track exists for it. */}
        <audio ref={call.remoteAudioRef} autoPlay />
      </div>
      <div className="call-controls">
        {call.mediaError && (
          <p className="notice notice-warning" role="alert">
            {t('call.mediaError')}
          </p>
        )}
        <CallControls call={call} canShareScreen={side === 'officer'} />
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
      {tools && call.room && <div className="call-tools">{tools(call.room)}</div>}
    </section>
  );
}
