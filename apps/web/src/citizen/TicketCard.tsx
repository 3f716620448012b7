import type { TicketView } from '@vp/contract';
import { useT } from '../i18n/useT';
import { useFocusOnMount } from '../ui/useFocusOnMount';

interface TicketCardProps {
  ticket: TicketView;
  tenantName: string;
  serviceName: string;
}

/** The ticket as the paper one at the counter: number big, then status and where it is for. */
export function TicketCard({ ticket, tenantName, serviceName }: TicketCardProps) {
  const { t } = useT();
  // A ticket just taken (or reopened) is announced: focus would otherwise fall to <body>.
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="ticket-card" data-status={ticket.status}>
      <p className="ticket-label">{t('ticket.numberLabel')}</p>
      <h1 ref={heading} tabIndex={-1} className="ticket-number" data-testid="ticket-number">
        {ticket.number}
      </h1>
      <p className="ticket-service">
        <span className="ticket-service-name">{serviceName}</span>
        <span className="ticket-tenant-name">{tenantName}</span>
      </p>
      <p className="ticket-status" role="status">
        <span className="visually-hidden">{t('ticket.statusLabel')} </span>
        <span className="status-pill" data-testid="ticket-status" data-status={ticket.status}>
          {t(`ticketStatus.${ticket.status}`)}
        </span>
      </p>
    </div>
  );
}
