import type { OfficerEntry } from '@vp/contract';
import { formatDuration } from './format';
import { useSupervisorT } from './useSupervisorT';

interface OfficerTableProps {
  officers: readonly OfficerEntry[];
  pending: string | null;
  /** Sets an officer away or offline; null when the API does not offer it. */
  onSetStatus: ((officerId: string, status: 'away' | 'offline') => void) | null;
}

/** The tenant's officers with their state and time in it; a supervisor may set one away or offline. */
export function OfficerTable({ officers, pending, onSetStatus }: OfficerTableProps) {
  const { t } = useSupervisorT();
  return (
    <section className="panel detail-section" aria-labelledby="officers-heading">
      <h3 id="officers-heading">{t('supervisor.detail.officers')}</h3>
      {officers.length === 0 ? (
        <p>{t('supervisor.detail.officersEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="officer-table">
            <thead>
              <tr>
                <th scope="col">{t('supervisor.detail.officer')}</th>
                <th scope="col">{t('supervisor.detail.state')}</th>
                <th scope="col">{t('supervisor.detail.timeInState')}</th>
                {onSetStatus && <th scope="col">{t('supervisor.detail.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {officers.map((officer) => (
                <tr
                  key={officer.officerId}
                  data-testid={`officer-${officer.officerId}`}
                  data-status={officer.status}
                >
                  <th scope="row">{officer.name}</th>
                  <td>{t(`officerStatus.${officer.status}`)}</td>
                  <td>{formatDuration(t, officer.secondsInStatus)}</td>
                  {onSetStatus && (
                    <td>
                      <div className="table-actions">
                        {officer.status !== 'away' && officer.status !== 'offline' && (
                          <button
                            type="button"
                            className="button button-small button-secondary"
                            aria-label={t('supervisor.action.setAwayLabel', { name: officer.name })}
                            disabled={pending !== null}
                            onClick={() => onSetStatus(officer.officerId, 'away')}
                          >
                            {t('supervisor.action.setAway')}
                          </button>
                        )}
                        {officer.status !== 'offline' && (
                          <button
                            type="button"
                            className="button button-small button-secondary"
                            aria-label={t('supervisor.action.setOfflineLabel', { name: officer.name })}
                            disabled={pending !== null}
                            onClick={() => onSetStatus(officer.officerId, 'offline')}
                          >
                            {t('supervisor.action.setOffline')}
                          </button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
