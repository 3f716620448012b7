import type { CreatedTicket, Service, Tenant } from '@vp/contract';
import { type ReactNode, useState } from 'react';
import { useCatalogue } from '../hooks/useCatalogue';
import { useT } from '../i18n/useT';
import { Link } from '../routing/Link';
import { navigate } from '../routing/navigation';
import { ticketHref } from '../routing/route';
import { readStoredTicket, storeTicket } from '../storage/preferences';
import { ErrorNotice } from '../ui/ErrorNotice';
import { ServicePicker } from './ServicePicker';
import { TenantPicker } from './TenantPicker';
import { TicketForm } from './TicketForm';

/** `/`: choose a tenant, a service, give a name, take a ticket. */
export function CitizenPage() {
  const { t } = useT();
  const { catalogue, error, reload } = useCatalogue();
  const [tenant, setTenant] = useState<Tenant | null>(null);
  const [service, setService] = useState<Service | null>(null);
  const [stored] = useState(readStoredTicket);

  const onCreated = ({ ticket, accessKey }: CreatedTicket) => {
    storeTicket({ id: ticket.id, key: accessKey });
    navigate(ticketHref(ticket.id, accessKey));
  };

  let step: ReactNode;
  if (error) step = <ErrorNotice error={error} onRetry={reload} />;
  else if (!catalogue) step = <p className="loading">{t('app.loading')}</p>;
  else if (tenant && service)
    step = (
      <TicketForm tenant={tenant} service={service} onCreated={onCreated} onBack={() => setService(null)} />
    );
  else if (tenant)
    step = <ServicePicker tenant={tenant} onPick={setService} onBack={() => setTenant(null)} />;
  else step = <TenantPicker tenants={catalogue.tenants} onPick={setTenant} />;

  return (
    <div className="page">
      <div className="intro">
        <h1>{t('citizen.title')}</h1>
        <p>{t('citizen.intro')}</p>
      </div>
      {stored && (
        <div className="notice notice-info">
          <p>{t('citizen.resume.title')}</p>
          <Link href={ticketHref(stored.id, stored.key)} className="button button-secondary">
            {t('citizen.resume.action')}
          </Link>
        </div>
      )}
      {step}
    </div>
  );
}
