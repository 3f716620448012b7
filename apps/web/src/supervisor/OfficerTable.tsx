import type { OfficerEntry } from '@vp/contract';
import { DetailTable } from './DetailTable';
import { formatDuration } from './format';
import { useSupervisorT } from './useSupervisorT';

interface OfficerTableProps {
  officers: readonly OfficerEntry[];
  pending: string | null;
  /** Sets an officer away or offline; null when the API does not offer it. */
  onSetStatus: ((officerId: string, status: 'away' | 'offline') => void) | null;
}

/** The statuses a supervisor may set, in the order offered; each only where it changes something. */
const statusActions = [
  {
    status: 'away',
    label: 'supervisor.action.setAway',
    ariaLabel: 'supervisor.action.setAwayLabel',
    offeredTo: (status: OfficerEntry['status']) => status !== 'away' && status !== 'offline',
  },
  {
    status: 'offline',
    label: 'supervisor.action.setOffline',
    ariaLabel: 'supervisor.action.setOfflineLabel',
    offeredTo: (status: OfficerEntry['status']) => status !== 'offline',
  },
] as const;

/** The tenant's officers with their state and time in it; a supervisor may set one away or offline. */
export function OfficerTable({ officers, pending, onSetStatus }: OfficerTableProps) {
  const { t } = useSupervisorT();
  const label = {
    state: t('supervisor.detail.state'),
    timeInState: t('supervisor.detail.timeInState'),
  };
  return (
    <DetailTable
      name="officers"
      heading={t('supervisor.detail.officers')}
      emptyText={t('supervisor.detail.officersEmpty')}
      testId="officer-table"
      columns={[
        t('supervisor.detail.officer'),
        label.state,
        label.timeInState,
        ...(onSetStatus ? [t('supervisor.detail.actions')] : []),
      ]}
      rows={officers.map((officer) => (
        <tr key={officer.officerId} data-testid={`officer-${officer.officerId}`} data-status={officer.status}>
          <th scope="row">{officer.name}</th>
          <td data-label={label.state}>{t(`officerStatus.${officer.status}`)}</td>
          <td data-label={label.timeInState}>{formatDuration(t, officer.secondsInStatus)}</td>
          {onSetStatus && (
            <td className="actions-cell">
              <div className="table-actions">
                {statusActions
                  .filter((action) => action.offeredTo(officer.status))
                  .map((action) => (
                    <button
                      key={action.status}
                      type="button"
                      className="button button-small button-secondary"
                      aria-label={t(action.ariaLabel, { name: officer.name })}
                      disabled={pending !== null}
                      onClick={() => onSetStatus(officer.officerId, action.status)}
                    >
                      {t(action.label)}
                    </button>
                  ))}
              </div>
            </td>
          )}
        </tr>
      ))}
    />
  );
}
