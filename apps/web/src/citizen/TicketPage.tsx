import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { Link } from '../routing/Link';
import { readStoredTicket, storeTicket } from '../storage/preferences';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { readMovedFrom } from './moved-ticket';
import { WaitingRoom } from './WaitingRoom';

interface TicketPageProps {
  ticketId: string;
  /** From the link's fragment; null when the link was cut short. */
  accessKey: string | null;
}

/** `/ticket/:id#key`: resumes a ticket from its link, or from this browser's memory of it. */
export function TicketPage({ ticketId, accessKey }: TicketPageProps) {
  const [key] = useState(() => {
    if (accessKey !== null) return accessKey;
    const stored = readStoredTicket();
    return stored?.id === ticketId ? stored.key : null;
  });
  const [attempt, setAttempt] = useState(0);
  // Read once: the note an officer's transfer left in this history entry (see useFollowTransfer).
  const [movedFrom] = useState(() => readMovedFrom(window.history.state, ticketId));

  useEffect(() => {
    // A link opened on another device becomes this browser's ticket too, so a reload resumes it.
    if (key !== null && accessKey !== null) storeTicket({ id: ticketId, key });
  }, [ticketId, key, accessKey]);

  if (key === null) return <MissingKey />;
  return (
    <WaitingRoom
      key={attempt}
      ticketId={ticketId}
      accessKey={key}
      movedFrom={movedFrom}
      onRetry={() => setAttempt((n) => n + 1)}
    />
  );
}

function MissingKey() {
  const { t } = useT();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="panel">
      <h1 ref={heading} tabIndex={-1}>
        {t('ticket.missingKey.title')}
      </h1>
      <p>{t('ticket.missingKey.body')}</p>
      <Link href="/" className="button">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
