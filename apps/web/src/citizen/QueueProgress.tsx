import type { TicketView } from '@vp/contract';
import type { StreamConnection } from '../api/events';
import { useT } from '../i18n/useT';
import { ConnectionState } from '../ui/ConnectionState';

interface QueueProgressProps {
  ticket: TicketView;
  connection: StreamConnection;
}

/** Where the waiting citizen stands: position, estimate, and whether updates are live. */
export function QueueProgress({ ticket, connection }: QueueProgressProps) {
  const { t } = useT();
  const minutes = ticket.estimatedWaitMinutes;
  const estimate =
    minutes === null
      ? t('ticket.estimateUnknown')
      : minutes === 0
        ? t('ticket.estimateSoon')
        : t('ticket.estimate', { minutes });

  return (
    <div className="panel queue-progress">
      {ticket.status === 'offered' ? (
        <p className="queue-offered" role="status">
          {t('ticket.offeredHint')}
        </p>
      ) : (
        <div aria-live="polite">
          {ticket.position !== null && (
            <p className="queue-position" data-testid="ticket-position" data-position={ticket.position}>
              {t('ticket.position', { position: ticket.position })}
            </p>
          )}
          <p className="queue-estimate" data-testid="ticket-estimate">
            {estimate}
          </p>
        </div>
      )}
      <ConnectionState connection={connection} />
      <p className="hint">{t('ticket.keepOpen')}</p>
      <p className="hint">{t('ticket.linkHint')}</p>
      <p className="hint" data-testid="monitoring-notice">
        {t('ticket.monitoringNotice')}
      </p>
    </div>
  );
}
