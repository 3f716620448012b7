import { useEffect, useState } from 'react';
import { levelFromSamples, nextShownLevel } from './level-meter';

interface MicrophoneMeterProps {
  stream: MediaStream;
  label: string;
  describedBy?: string;
}

/** How often the shown level changes: smooth enough to follow speech, cheap on a phone. */
const updateEveryMs = 100;

/**
 * The microphone's level, from a WebAudio AnalyserNode on its stream, as a meter (role `meter`,
 * with `aria-valuenow`). Nothing is recorded or sent.
 */
export function MicrophoneMeter({ stream, label, describedBy }: MicrophoneMeterProps) {
  const [level, setLevel] = useState(0);

  useEffect(() => {
    const AudioContextClass =
      window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!AudioContextClass) return;
    const context = new AudioContextClass();
    const source = context.createMediaStreamSource(stream);
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    // Opened by a tap (the check's button), so the context may start; else it stays at 0.
    context.resume().catch(() => {});
    const samples = new Float32Array(analyser.fftSize);
    let shown = 0;
    const timer = window.setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      const next = nextShownLevel(shown, levelFromSamples(samples));
      if (next !== shown) {
        shown = next;
        setLevel(next);
      }
    }, updateEveryMs);
    return () => {
      window.clearInterval(timer);
      source.disconnect();
      context.close().catch(() => {});
    };
  }, [stream]);

  return (
    // A native <meter> restyles poorly across browsers and cannot ease between values.
    // biome-ignore lint/a11y/useSemanticElements: role meter with aria-valuenow, as ARIA 1.2 defines
    <div
      className="mic-meter"
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={level}
      aria-describedby={describedBy}
      data-testid="mic-meter"
    >
      <div className="mic-meter-fill" style={{ transform: `scaleX(${level / 100})` }} />
    </div>
  );
}
