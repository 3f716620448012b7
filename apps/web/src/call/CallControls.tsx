// The call's buttons, big enough for a thumb: mute, camera off, switch camera, audio only and, for
// the officer, screen share. Toggles say their state through aria-pressed; every one has words.
import type { ReactNode } from 'react';
import type { CallState } from '../hooks/useCall';
import { useT } from '../i18n/useT';
import { AudioOnlyIcon, CameraIcon, MicIcon, ScreenShareIcon, SwitchCameraIcon } from './call-icons';

interface ControlProps {
  label: string;
  icon: ReactNode;
  /** A toggle's state; absent for a plain button. */
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  testId: string;
}

function Control({ label, icon, pressed, disabled = false, onClick, testId }: ControlProps) {
  return (
    <button
      type="button"
      className="call-control"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      data-testid={testId}
    >
      {icon}
      <span className="call-control-label">{label}</span>
    </button>
  );
}

interface CallControlsProps {
  call: CallState;
  canShareScreen: boolean;
}

export function CallControls({ call, canShareScreen }: CallControlsProps) {
  const { t } = useT();
  const joined = call.phase === 'connected' || call.phase === 'reconnecting';
  return (
    <fieldset className="call-control-row">
      <legend className="visually-hidden">{t('call.controls')}</legend>
      <Control
        label={t('call.mute')}
        icon={<MicIcon off={!call.micOn} />}
        pressed={!call.micOn}
        disabled={!joined}
        onClick={call.toggleMic}
        testId="call-mute"
      />
      <Control
        label={t('call.cameraOff')}
        icon={<CameraIcon off={!call.cameraOn} />}
        pressed={!call.cameraOn}
        disabled={!joined}
        onClick={call.toggleCamera}
        testId="call-camera"
      />
      <Control
        label={t('call.switchCamera')}
        icon={<SwitchCameraIcon />}
        disabled={!joined || !call.cameraLive}
        onClick={call.switchCamera}
        testId="call-switch-camera"
      />
      <Control
        label={t('call.audioOnly')}
        icon={<AudioOnlyIcon />}
        pressed={call.audioOnly}
        disabled={!joined}
        onClick={call.toggleAudioOnly}
        testId="call-audio-only"
      />
      {canShareScreen && (
        <Control
          label={t('call.shareScreen')}
          icon={<ScreenShareIcon />}
          pressed={call.screenSharing}
          disabled={!joined}
          onClick={call.toggleScreenShare}
          testId="call-share-screen"
        />
      )}
    </fieldset>
  );
}
