import type { MediaProblem } from './media-errors';
import { useDeviceCheckT } from './useDeviceCheckT';

/** What went wrong with the camera or microphone, in plain words, and what to do about it. */
export function DeviceProblem({ problem, onRetry }: { problem: MediaProblem; onRetry(): void }) {
  const { t } = useDeviceCheckT();
  return (
    <div className="notice notice-error" role="alert" data-testid="device-problem" data-problem={problem}>
      <p className="device-problem-title">{t(`deviceCheck.problem.${problem}.title`)}</p>
      <p>{t(`deviceCheck.problem.${problem}.body`)}</p>
      {problem !== 'insecure' && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('deviceCheck.problem.retry')}
        </button>
      )}
    </div>
  );
}
