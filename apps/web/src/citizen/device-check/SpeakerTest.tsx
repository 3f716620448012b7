import { useEffect, useId, useRef, useState } from 'react';
import { makeToneWav } from './tone-wav';
import { useDeviceCheckT } from './useDeviceCheckT';

type Phase = 'ready' | 'playing' | 'asking' | 'heard' | 'not_heard' | 'failed';

/**
 * Plays a short chime through an <audio> element (as the call's voice will play) and asks whether
 * it was heard; "no" explains what to try.
 */
export function SpeakerTest() {
  const { t } = useDeviceCheckT();
  const id = useId();
  const audio = useRef<HTMLAudioElement | null>(null);
  const [phase, setPhase] = useState<Phase>('ready');
  const [source, setSource] = useState<string | null>(null);

  useEffect(() => {
    const url = URL.createObjectURL(new Blob([makeToneWav()], { type: 'audio/wav' }));
    setSource(url);
    return () => URL.revokeObjectURL(url);
  }, []);

  const play = () => {
    const element = audio.current;
    if (!element) return;
    element.currentTime = 0;
    setPhase('playing');
    element.play().catch(() => setPhase('failed'));
  };

  return (
    <div className="device-check-part">
      <h4 id={`${id}-heading`}>{t('deviceCheck.speaker.heading')}</h4>
      {source && (
        // biome-ignore lint/a11y/useMediaCaption: a test tone carries no words to caption
        <audio
          ref={audio}
          src={source}
          preload="auto"
          onEnded={() => setPhase('asking')}
          data-testid="speaker-audio"
        />
      )}
      <button
        type="button"
        className="button button-secondary"
        onClick={play}
        disabled={phase === 'playing' || !source}
        data-testid="speaker-play"
      >
        {t(phase === 'playing' ? 'deviceCheck.speaker.playing' : 'deviceCheck.speaker.play')}
      </button>
      <div aria-live="polite" className="device-check-answer">
        {phase === 'asking' && (
          <fieldset className="speaker-question">
            <legend>{t('deviceCheck.speaker.question')}</legend>
            <div className="button-row">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setPhase('heard')}
                data-testid="speaker-yes"
              >
                {t('deviceCheck.speaker.yes')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setPhase('not_heard')}
                data-testid="speaker-no"
              >
                {t('deviceCheck.speaker.no')}
              </button>
            </div>
          </fieldset>
        )}
        {phase === 'heard' && (
          <p className="device-ok" data-testid="speaker-result">
            {t('deviceCheck.speaker.ok')}
          </p>
        )}
        {phase === 'not_heard' && (
          <p className="notice notice-warning" data-testid="speaker-result">
            {t('deviceCheck.speaker.help')}
          </p>
        )}
        {phase === 'failed' && <p className="notice notice-warning">{t('deviceCheck.speaker.failed')}</p>}
      </div>
    </div>
  );
}
