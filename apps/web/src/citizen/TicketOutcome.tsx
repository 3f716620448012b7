import type { Tenant, TicketStatus, TicketView } from '@vp/contract';
import { useState } from 'react';
import { isTerminalStatus } from '../api/contract-values';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { Link } from '../routing/Link';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { formatDays, nextOpening, weekdayName } from './service-hours';

type EndStatus = Exclude<TicketStatus, 'waiting' | 'offered' | 'in_call'>;
type Outcome = EndStatus | 'closed';

const messages: Record<Outcome, { title: MessageKey; body: MessageKey }> = {
  completed: { title: 'outcome.completed.title', body: 'outcome.completed.body' },
  cancelled: { title: 'outcome.cancelled.title', body: 'outcome.cancelled.body' },
  abandoned: { title: 'outcome.abandoned.title', body: 'outcome.abandoned.body' },
  no_show: { title: 'outcome.no_show.title', body: 'outcome.no_show.body' },
  transferred: { title: 'outcome.transferred.title', body: 'outcome.transferred.body' },
  // Cancelled by the plaza, not the citizen: the tenant's counter closed for the day.
  closed: { title: 'outcome.closed.title', body: 'outcome.closed.body' },
};

/** Which message an ended ticket gets: its status, or why it ended where the status does not say. */
export function outcomeOf(status: EndStatus, endReason: TicketView['endReason']): Outcome {
  return status === 'cancelled' && endReason === 'closed' ? 'closed' : status;
}

interface TicketOutcomeProps {
  status: EndStatus;
  endReason: TicketView['endReason'];
  /** The ticket's tenant, once the catalogue is loaded: its name and service hours. */
  tenant: Tenant | undefined;
  tenantName: string;
}

/** The end of a ticket: thanks after a completed call, or why it ended otherwise. */
export function TicketOutcome({ status, endReason, tenant, tenantName }: TicketOutcomeProps) {
  const { t } = useT();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const outcome = outcomeOf(status, endReason);
  const message = messages[outcome];
  return (
    <section
      className={`panel outcome outcome-${outcome}`}
      data-testid="ticket-outcome"
      data-status={status}
      data-outcome={outcome}
    >
      <h2 ref={heading} tabIndex={-1}>
        {t(message.title)}
      </h2>
      <p>{t(message.body, { tenant: tenantName })}</p>
      {outcome === 'closed' && tenant && <NextOpeningLine tenant={tenant} />}
      <Link href="/" className="button">
        {t('outcome.newTicket')}
      </Link>
    </section>
  );
}

const nextOpeningMessages = { 0: 'outcome.closed.nextToday', 1: 'outcome.closed.nextTomorrow' } as const;

/** When the closed counter opens again, and its usual hours. */
function NextOpeningLine({ tenant }: { tenant: Tenant }) {
  const { t, language } = useT();
  const [now] = useState(Date.now);
  const hours = tenant.serviceHours;
  // Open around the clock: nothing to wait for but the next day, which the body already says.
  if (!hours) return null;
  const next = nextOpening(hours, tenant.timeZone, now);
  const zone = t(`timeZone.${tenant.timeZone}`);
  const key: MessageKey =
    next.daysAhead === 0 || next.daysAhead === 1
      ? nextOpeningMessages[next.daysAhead]
      : 'outcome.closed.nextDay';
  return (
    <>
      <p className="outcome-next" data-testid="next-opening">
        {t(key, { day: weekdayName(next.isoDay, language, 'long'), opens: next.opens, zone })}
      </p>
      <p className="hint">
        {t('tenant.hours', {
          days: formatDays(hours.days, language) ?? t('tenant.everyDay'),
          opens: hours.opens,
          closes: hours.closes,
          zone,
        })}
      </p>
    </>
  );
}

export function isEndStatus(status: TicketStatus): status is EndStatus {
  return isTerminalStatus(status);
}
