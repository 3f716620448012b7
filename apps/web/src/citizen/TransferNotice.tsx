import { useT } from '../i18n/useT';
import { useFocusOnMount } from '../ui/useFocusOnMount';

interface TransferNoticeProps {
  /** The queue number the citizen had before the officer moved them. */
  fromNumber: string;
  number: string;
  tenantName: string;
  serviceName: string;
}

/** On the new ticket's page: the citizen was moved here, and keeps their place by first arrival. */
export function TransferNotice({ fromNumber, number, tenantName, serviceName }: TransferNoticeProps) {
  const { t } = useT();
  // The page changed under the citizen's eyes: focus lands here so a screen reader says why.
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="notice notice-info" data-testid="transfer-notice" aria-labelledby="moved-heading">
      <h2 id="moved-heading" ref={heading} tabIndex={-1} className="notice-heading">
        {t('ticket.moved.title')}
      </h2>
      <p>{t('ticket.moved.body', { from: fromNumber, number, tenant: tenantName, service: serviceName })}</p>
      <p>{t('ticket.moved.place')}</p>
    </section>
  );
}
