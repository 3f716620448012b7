import type { OfficerTicket } from '@vp/contract';
import { useEffect, useState } from 'react';
import { useSecondsLeft } from '../hooks/useSecondsLeft';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { type OfferStage, offerEndingSeconds, offerStage } from './countdown';

interface OfferCardProps {
  ticket: OfficerTicket;
  tenantName: string;
  serviceName: string;
  /** When the offer lapses (ms since the epoch); null when the API did not say. */
  expiresAt: number | null;
  /** The tenant's offer timeout: the countdown never shows more than this. */
  timeoutSeconds: number | undefined;
  /** Which answer is on its way, if any. */
  answering: 'accept' | 'decline' | null;
  /** Another request is in flight: both answers wait. */
  busy: boolean;
  onAccept(ticketId: string): void;
  onDecline(ticketId: string): void;
}

const announcements: Record<OfferStage, MessageKey> = {
  open: 'offer.announce.open',
  ending: 'offer.announce.ending',
  lapsed: 'offer.announce.lapsed',
};

/** The citizen offered to this officer, the time left to answer, and the two answers. */
export function OfferCard(props: OfferCardProps) {
  const { ticket, tenantName, serviceName, expiresAt, timeoutSeconds, answering, busy } = props;
  const { t } = useT();
  // The accept button takes focus so the officer can answer with Enter.
  const accept = useFocusOnMount<HTMLButtonElement>();
  const seconds = useSecondsLeft(expiresAt, timeoutSeconds);
  const stage = seconds === null ? 'open' : offerStage(seconds);
  // The seconds at arrival, so the spoken text stays the same until the stage changes.
  const [secondsAtArrival] = useState(seconds);
  // The live region starts empty and is filled after mounting: text present from the first paint
  // is not announced by every screen reader.
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => setSpeaking(true), []);

  const announcement =
    stage === 'open' && secondsAtArrival === null
      ? null
      : t(announcements[stage], { number: ticket.number, seconds: secondsAtArrival ?? offerEndingSeconds });

  return (
    <section className="panel offer-card" data-testid="offer-card" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{t('offer.heading')}</h2>
      <p className="visually-hidden" aria-live="polite" data-testid="offer-announcement">
        {speaking ? announcement : null}
      </p>
      {seconds !== null && (
        <div className="offer-countdown" data-stage={stage}>
          <p className="offer-time-left" data-testid="offer-countdown" data-seconds={seconds}>
            {seconds > 0 ? t('offer.timeLeft', { seconds }) : t('offer.lapsed')}
          </p>
          <p className="field-hint">{t('offer.timeoutHint')}</p>
        </div>
      )}
      <dl className="summary summary-offer">
        <div>
          <dt>{t('offer.number')}</dt>
          <dd className="offer-number" data-testid="offer-number">
            {ticket.number}
          </dd>
        </div>
        <div>
          <dt>{t('offer.citizen')}</dt>
          <dd data-testid="offer-citizen">{ticket.citizenName}</dd>
        </div>
        <div>
          <dt>{t('offer.tenant')}</dt>
          <dd>{tenantName}</dd>
        </div>
        <div>
          <dt>{t('offer.service')}</dt>
          <dd data-testid="offer-service">{serviceName}</dd>
        </div>
        {ticket.vulnerableGroup && (
          <div className="summary-priority">
            <dt>{t('offer.priority')}</dt>
            <dd data-testid="offer-priority">{t(`vulnerableGroup.${ticket.vulnerableGroup}`)}</dd>
          </div>
        )}
      </dl>
      {!ticket.citizenConnected && (
        <p className="notice notice-warning" role="status" data-testid="offer-citizen-away">
          {t('offer.citizenAway')}
        </p>
      )}
      <fieldset className="button-row offer-answers">
        <legend className="visually-hidden">{t('offer.answers')}</legend>
        <button
          ref={accept}
          type="button"
          className="button"
          data-testid="accept-offer"
          onClick={() => props.onAccept(ticket.id)}
          disabled={busy}
        >
          {t(answering === 'accept' ? 'offer.accepting' : 'offer.accept')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          data-testid="decline-offer"
          onClick={() => props.onDecline(ticket.id)}
          disabled={busy}
        >
          {t(answering === 'decline' ? 'offer.declining' : 'offer.decline')}
        </button>
      </fieldset>
    </section>
  );
}
