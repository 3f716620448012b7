import { useCallback } from 'react';
import { joinTicketCall } from '../api/client';
import { CallStage } from '../call/CallStage';
import { CallToolsSlot, PreparedDocumentsSlot } from '../call/chat/CallToolsSlot';
import { usePreparedDocumentsCleanup } from '../call/documents/usePreparedDocumentsCleanup';
import { useCatalogue } from '../hooks/useCatalogue';
import { useFollowTransfer } from '../hooks/useFollowTransfer';
import { usePreloadCall } from '../hooks/usePreloadCall';
import { useTicket } from '../hooks/useTicket';
import { useT } from '../i18n/useT';
import { Link } from '../routing/Link';
import { ConfirmedButton } from '../ui/ConfirmedButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import { DeviceCheckSlot } from './device-check/DeviceCheckSlot';
import type { MovedFrom } from './moved-ticket';
import { QueueProgress } from './QueueProgress';
import { TicketCard } from './TicketCard';
import { TicketLink } from './TicketLink';
import { isEndStatus, TicketOutcome } from './TicketOutcome';
import { TransferNotice } from './TransferNotice';

interface WaitingRoomProps {
  ticketId: string;
  accessKey: string;
  /** Set when an officer moved the citizen here from another ticket. */
  movedFrom: MovedFrom | null;
  onRetry(): void;
}

/** The citizen's ticket, live: waiting, then the call, then how it ended (or where it moved). */
export function WaitingRoom({ ticketId, accessKey, movedFrom, onRetry }: WaitingRoomProps) {
  const { t, local } = useT();
  const { ticket, loadError, actionError, connection, busy, cancel, endCall } = useTicket(
    ticketId,
    accessKey,
  );
  const { catalogue } = useCatalogue();
  const fetchJoin = useCallback(() => joinTicketCall(ticketId, accessKey), [ticketId, accessKey]);
  const moving = useFollowTransfer(ticket, accessKey);
  usePreloadCall(ticket);
  usePreparedDocumentsCleanup(ticketId, ticket !== null && isEndStatus(ticket.status));

  if (loadError) {
    return (
      <section className="page">
        <h1>{t('ticket.loadError')}</h1>
        <ErrorNotice error={loadError} onRetry={loadError.code === 'network' ? onRetry : undefined} />
        <Link href="/" className="button">
          {t('notFound.home')}
        </Link>
      </section>
    );
  }
  if (!ticket) return <p className="loading">{t('app.loading')}</p>;
  if (moving) {
    return (
      <p className="loading" role="status">
        {t('ticket.moving')}
      </p>
    );
  }

  const tenant = catalogue?.tenants.find((item) => item.code === ticket.tenantCode);
  const service = tenant?.services.find((item) => item.id === ticket.serviceId);
  const tenantName = tenant ? local(tenant.name) : ticket.tenantCode;
  const serviceName = service ? local(service.name) : ticket.serviceId;
  const status = ticket.status;

  return (
    <div className={`page waiting-room waiting-room-${status}`}>
      <TicketCard ticket={ticket} tenantName={tenantName} serviceName={serviceName} />
      {movedFrom && (status === 'waiting' || status === 'offered') && (
        <TransferNotice
          fromNumber={movedFrom.number}
          number={ticket.number}
          tenantName={tenantName}
          serviceName={serviceName}
        />
      )}
      {actionError && <ErrorNotice error={actionError} />}
      {isEndStatus(status) && (
        <TicketOutcome status={status} endReason={ticket.endReason} tenant={tenant} tenantName={tenantName} />
      )}
      {status === 'in_call' && (
        <CallStage
          side="citizen"
          fetchJoin={fetchJoin}
          onEnd={endCall}
          ending={busy}
          tools={(room) => <CallToolsSlot room={room} ticketId={ticketId} />}
        />
      )}
      {(status === 'waiting' || status === 'offered') && (
        <>
          <QueueProgress ticket={ticket} connection={connection} />
          {/* The device check frees the camera once the offer comes: the call needs it. */}
          {status === 'waiting' && <DeviceCheckSlot ticketId={ticketId} accessKey={accessKey} />}
          <TicketLink ticketId={ticketId} accessKey={accessKey} number={ticket.number} />
          <PreparedDocumentsSlot ticketId={ticketId} />
          <ConfirmedButton
            label={t(busy ? 'ticket.cancelling' : 'ticket.cancel')}
            className="button button-danger-outline button-block"
            disabled={busy}
            question={t('ticket.cancelConfirm', { number: ticket.number })}
            confirmLabel={t('ticket.cancelConfirmYes')}
            keepLabel={t('ticket.cancelConfirmNo')}
            onConfirm={() => void cancel()}
            testId="cancel-ticket"
          />
        </>
      )}
    </div>
  );
}
