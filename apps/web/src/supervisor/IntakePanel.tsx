import type { TenantBoard } from '@vp/contract';
import { useId, useState } from 'react';
import { pauseIntake, resumeIntake } from '../api/supervisor-client';
import type { SupervisorActionState } from '../hooks/useSupervisorAction';
import { ConfirmedButton } from '../ui/ConfirmedButton';
import { formatClock } from './format';
import { resumeTimeToMs } from './resume-time';
import { useSupervisorT } from './useSupervisorT';

interface IntakePanelProps {
  token: string;
  tenantCode: string;
  intake: TenantBoard['intake'];
  action: SupervisorActionState;
}

/** Pauses the tenant's intake (with the time citizens are told it resumes), or resumes it. */
export function IntakePanel({ token, tenantCode, intake, action }: IntakePanelProps) {
  const { t, language } = useSupervisorT();
  const id = useId();
  const [resumeAt, setResumeAt] = useState('');
  const [reason, setReason] = useState('');
  const busy = action.pending !== null;

  const pause = () => {
    const resumesAt = resumeTimeToMs(resumeAt, new Date());
    const trimmed = reason.trim();
    void action.run('intake', () =>
      pauseIntake(token, tenantCode, { resumesAt, ...(trimmed === '' ? {} : { reason: trimmed }) }),
    );
  };

  return (
    <section className="panel detail-section" aria-labelledby={`${id}-heading`} data-testid="intake-panel">
      <h3 id={`${id}-heading`}>{t('supervisor.intake.heading')}</h3>
      {intake.paused ? (
        <>
          <p className="tile-paused">
            {intake.resumesAt === null
              ? t('supervisor.tile.paused')
              : t('supervisor.tile.pausedUntil', { time: formatClock(language, intake.resumesAt) })}
          </p>
          <button
            type="button"
            className="button"
            data-testid="resume-intake"
            disabled={busy}
            onClick={() => void action.run('intake', () => resumeIntake(token, tenantCode))}
          >
            {t(action.pending === 'intake' ? 'supervisor.action.pending' : 'supervisor.intake.resume')}
          </button>
        </>
      ) : (
        <div className="form intake-form">
          <p>{t('supervisor.intake.open')}</p>
          <div className="field">
            <label htmlFor={`${id}-time`}>{t('supervisor.intake.resumesAt')}</label>
            <input
              id={`${id}-time`}
              type="time"
              aria-describedby={`${id}-time-hint`}
              value={resumeAt}
              onChange={(event) => setResumeAt(event.target.value)}
            />
            <p id={`${id}-time-hint`} className="field-hint">
              {t('supervisor.intake.resumesAtHint')}
            </p>
          </div>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('supervisor.intake.reason')}</label>
            <input
              id={`${id}-reason`}
              maxLength={200}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <ConfirmedButton
            label={t(action.pending === 'intake' ? 'supervisor.action.pending' : 'supervisor.intake.pause')}
            className="button button-danger"
            disabled={busy}
            question={t('supervisor.intake.pauseConfirm')}
            confirmLabel={t('supervisor.intake.pauseYes')}
            keepLabel={t('supervisor.action.keep')}
            onConfirm={pause}
            testId="pause-intake"
          />
        </div>
      )}
    </section>
  );
}
