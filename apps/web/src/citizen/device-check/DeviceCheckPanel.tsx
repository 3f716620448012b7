import { useEffect, useRef } from 'react';
import { CameraPreview } from './CameraPreview';
import { DeviceProblem } from './DeviceProblem';
import { MicrophoneMeter } from './MicrophoneMeter';
import { SpeakerTest } from './SpeakerTest';
import { useDeviceCheckT } from './useDeviceCheckT';
import { type DeviceState, useMediaCheck } from './useMediaCheck';

interface DeviceCheckPanelProps {
  id: string;
  /** When the network check last found something: it may have changed audio only. */
  networkCheckedAt: number | undefined;
  onClose(): void;
}

const trackOf = (state: DeviceState) => (state.status === 'live' ? state.stream.getTracks()[0] : undefined);

/**
 * Camera preview and choice, microphone meter and choice, speaker test, and audio only: mounted
 * while open, and every track it opened stops when it closes (useMediaCheck).
 */
export function DeviceCheckPanel({ id, networkCheckedAt, onClose }: DeviceCheckPanelProps) {
  const { t } = useDeviceCheckT();
  const media = useMediaCheck();
  const { reloadPreferences } = media;
  const panel = useRef<HTMLElement | null>(null);
  // Opened from below the network verdict: bring the preview up on a phone's short screen.
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'start' });
  }, []);
  useEffect(() => {
    if (networkCheckedAt !== undefined) reloadPreferences();
  }, [networkCheckedAt, reloadPreferences]);
  const { camera, microphone, cameras, microphones, preferences } = media;
  const videoTrack = trackOf(camera);
  const audioTrack = trackOf(microphone);
  const videoSettings = videoTrack?.getSettings();
  const facing = videoSettings?.facingMode ?? preferences.facingMode;
  // A phone says which way its cameras face; a desk's webcam does not, and faces the person.
  const facingChoices = videoTrack?.getCapabilities?.().facingMode ?? [];
  const canFace = facingChoices.length > 0 || (navigator.maxTouchPoints > 0 && cameras.length > 1);
  const sameProblem =
    camera.status === 'problem' && microphone.status === 'problem' && camera.problem === microphone.problem;

  return (
    <section
      ref={panel}
      id={id}
      className="device-check-panel"
      aria-labelledby={`${id}-heading`}
      data-testid="device-check-panel"
    >
      <h3 id={`${id}-heading`}>{t('deviceCheck.panelHeading')}</h3>
      {sameProblem && camera.status === 'problem' && (
        <DeviceProblem problem={camera.problem} onRetry={() => void media.retry()} />
      )}

      {/* Both refused alike: the one explanation above says all; no empty parts below it. */}
      {!sameProblem && (
        <>
          <div className="device-check-part">
            <h4 id={`${id}-camera`}>{t('deviceCheck.camera.heading')}</h4>
            {camera.status === 'live' && (
              <CameraPreview
                stream={camera.stream}
                mirrored={facing !== 'environment'}
                label={t('deviceCheck.camera.preview')}
              />
            )}
            {camera.status === 'starting' && (
              <div className="device-preview device-preview-empty" role="status">
                {t('deviceCheck.camera.starting')}
              </div>
            )}
            {camera.status === 'problem' && (
              <DeviceProblem problem={camera.problem} onRetry={() => void media.retry()} />
            )}
            {cameras.length > 1 && (
              <div className="field">
                <label htmlFor={`${id}-camera-choice`}>{t('deviceCheck.camera.choose')}</label>
                <select
                  id={`${id}-camera-choice`}
                  value={videoSettings?.deviceId ?? preferences.cameraId ?? ''}
                  onChange={(event) => void media.chooseCamera(event.target.value)}
                  data-testid="camera-choice"
                >
                  {cameras.map((device, index) => (
                    <option key={device.deviceId} value={device.deviceId}>
                      {device.label || t('deviceCheck.camera.unnamed', { number: index + 1 })}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {canFace && (
              <fieldset className="facing-choice">
                <legend>{t('deviceCheck.camera.facing')}</legend>
                <div className="button-row">
                  {(['user', 'environment'] as const).map((mode) => (
                    <button
                      key={mode}
                      type="button"
                      className="button button-secondary"
                      aria-pressed={facing === mode}
                      onClick={() => void media.chooseFacing(mode)}
                      data-testid={`facing-${mode}`}
                    >
                      {t(mode === 'user' ? 'deviceCheck.camera.front' : 'deviceCheck.camera.rear')}
                    </button>
                  ))}
                </div>
              </fieldset>
            )}
          </div>

          <div className="device-check-part">
            <h4 id={`${id}-mic`}>{t('deviceCheck.mic.heading')}</h4>
            {microphone.status === 'live' && (
              <>
                <MicrophoneMeter
                  stream={microphone.stream}
                  label={t('deviceCheck.mic.level')}
                  describedBy={`${id}-mic-hint`}
                />
                <p id={`${id}-mic-hint`} className="hint">
                  {t('deviceCheck.mic.hint')}
                </p>
              </>
            )}
            {microphone.status === 'problem' && (
              <DeviceProblem problem={microphone.problem} onRetry={() => void media.retry()} />
            )}
            {microphones.length > 1 && (
              <div className="field">
                <label htmlFor={`${id}-mic-choice`}>{t('deviceCheck.mic.choose')}</label>
                <select
                  id={`${id}-mic-choice`}
                  value={audioTrack?.getSettings().deviceId ?? preferences.microphoneId ?? ''}
                  onChange={(event) => void media.chooseMicrophone(event.target.value)}
                  data-testid="microphone-choice"
                >
                  {microphones.map((device, index) => (
                    <option key={device.deviceId} value={device.deviceId}>
                      {device.label || t('deviceCheck.mic.unnamed', { number: index + 1 })}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </div>
        </>
      )}

      <SpeakerTest />

      <div className="device-check-part">
        <label className="check-option">
          <input
            type="checkbox"
            checked={preferences.audioOnly ?? false}
            onChange={(event) => media.chooseAudioOnly(event.target.checked)}
            aria-describedby={`${id}-audio-only-hint`}
            data-testid="audio-only-choice"
          />
          <span>{t('deviceCheck.audioOnly.label')}</span>
        </label>
        <p id={`${id}-audio-only-hint`} className="hint">
          {t('deviceCheck.audioOnly.hint')}
        </p>
      </div>

      <p className="hint">{t('deviceCheck.saved')}</p>
      <button
        type="button"
        className="button button-block"
        onClick={onClose}
        data-testid="device-check-close"
      >
        {t('deviceCheck.close')}
      </button>
    </section>
  );
}
