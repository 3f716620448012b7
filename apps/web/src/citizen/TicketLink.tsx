import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { ticketHref } from '../routing/route';

interface TicketLinkProps {
  ticketId: string;
  accessKey: string;
  number: string;
}

type CopyResult = 'copied' | 'manual' | null;

/**
 * The ticket link (`/ticket/<id>#<key>`) with copy and share: the one way back to the ticket
 * from another device or after the page closed. It carries the key, so it is also private.
 */
export function TicketLink({ ticketId, accessKey, number }: TicketLinkProps) {
  const { t } = useT();
  const id = useId();
  const field = useRef<HTMLInputElement | null>(null);
  const [copyResult, setCopyResult] = useState<CopyResult>(null);
  const link = `${window.location.origin}${ticketHref(ticketId, accessKey)}`;
  const canShare = typeof navigator.share === 'function';

  const selectLink = () => {
    field.current?.focus();
    field.current?.select();
  };

  const copy = async () => {
    try {
      // Missing outside a secure context, and refused without permission: then the person copies.
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopyResult('copied');
    } catch {
      selectLink();
      setCopyResult('manual');
    }
  };

  const share = () => {
    navigator
      .share({
        title: t('ticketLink.shareTitle', { number }),
        text: t('ticketLink.shareText', { number }),
        url: link,
      })
      // Closing the share sheet rejects too; there is nothing to tell the person then.
      .catch(() => {});
  };

  return (
    <section className="panel ticket-link" aria-labelledby={`${id}-heading`} data-testid="ticket-link">
      <h2 id={`${id}-heading`} className="ticket-link-heading">
        {t('ticketLink.heading')}
      </h2>
      <p id={`${id}-body`}>{t('ticketLink.body')}</p>
      <div className="field">
        <label htmlFor={`${id}-url`} className="visually-hidden">
          {t('ticketLink.label')}
        </label>
        <input
          ref={field}
          id={`${id}-url`}
          className="ticket-link-url"
          data-testid="ticket-link-url"
          type="url"
          readOnly
          value={link}
          aria-describedby={`${id}-body ${id}-private`}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          data-testid="copy-ticket-link"
          onClick={copy}
        >
          {t('ticketLink.copy')}
        </button>
        {canShare && (
          <button
            type="button"
            className="button button-secondary"
            data-testid="share-ticket-link"
            onClick={share}
          >
            {t('ticketLink.share')}
          </button>
        )}
      </div>
      <p className="ticket-link-result" role="status" data-testid="ticket-link-result">
        {copyResult && t(copyResult === 'copied' ? 'ticketLink.copied' : 'ticketLink.copyManual')}
      </p>
      <p id={`${id}-private`} className="hint ticket-link-private">
        {t('ticketLink.private')}
      </p>
    </section>
  );
}
