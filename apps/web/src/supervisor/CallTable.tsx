import type { CallEntry } from '@vp/contract';
import { ConfirmedButton } from '../ui/ConfirmedButton';
import { DetailTable } from './DetailTable';
import { formatDuration } from './format';
import { useSupervisorT } from './useSupervisorT';

interface CallTableProps {
  calls: readonly CallEntry[];
  /** The officer's name, by id. */
  officerName(officerId: string): string;
  pending: string | null;
  /** The ticket of the call being monitored, if any. */
  monitoring: string | null;
  onEnd: ((ticketId: string) => void) | null;
  onMonitor: ((call: { ticketId: string; number: string }) => void) | null;
}

/** The tenant's calls in progress; a stuck one may be ended, any one silently monitored. */
export function CallTable({ calls, officerName, pending, monitoring, onEnd, onMonitor }: CallTableProps) {
  const { t } = useSupervisorT();
  const withActions = onEnd !== null || onMonitor !== null;
  const label = { officer: t('supervisor.detail.officer'), callLength: t('supervisor.detail.callLength') };
  return (
    <DetailTable
      name="calls"
      heading={t('supervisor.detail.calls')}
      count={calls.length}
      emptyText={t('supervisor.detail.callsEmpty')}
      emptyTestId="calls-empty"
      testId="call-table"
      columns={[
        t('supervisor.detail.number'),
        label.officer,
        label.callLength,
        ...(withActions ? [t('supervisor.detail.actions')] : []),
      ]}
      rows={calls.map((call) => (
        <tr key={call.ticketId} data-testid={`call-${call.number}`}>
          <th scope="row" className="nowrap">
            {call.number}
          </th>
          <td data-label={label.officer}>{officerName(call.officerId)}</td>
          <td data-label={label.callLength}>{formatDuration(t, call.seconds)}</td>
          {withActions && (
            <td className="actions-cell">
              <div className="table-actions">
                {onMonitor && (
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    data-testid={`monitor-${call.number}`}
                    disabled={monitoring === call.ticketId}
                    onClick={() => onMonitor({ ticketId: call.ticketId, number: call.number })}
                  >
                    {t('supervisor.action.monitor')}
                  </button>
                )}
                {onEnd && (
                  <ConfirmedButton
                    label={t(
                      pending === `end:${call.ticketId}`
                        ? 'supervisor.action.pending'
                        : 'supervisor.action.endCall',
                    )}
                    className="button button-small button-danger-outline"
                    disabled={pending !== null}
                    question={t('supervisor.action.endCallConfirm', { number: call.number })}
                    confirmLabel={t('supervisor.action.endCallYes')}
                    keepLabel={t('supervisor.action.keep')}
                    onConfirm={() => onEnd(call.ticketId)}
                    testId={`end-${call.number}`}
                  />
                )}
              </div>
            </td>
          )}
        </tr>
      ))}
    />
  );
}
