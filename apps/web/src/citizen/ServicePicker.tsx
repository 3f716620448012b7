import type { Service, Tenant } from '@vp/contract';
import { useT } from '../i18n/useT';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { RequirementList } from './RequirementList';

interface ServicePickerProps {
  tenant: Tenant;
  onPick(service: Service): void;
  onBack(): void;
}

/** Step 2: the tenant's services, each with its requirements and typical duration. */
export function ServicePicker({ tenant, onPick, onBack }: ServicePickerProps) {
  const { t, local } = useT();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="step" aria-labelledby="service-heading">
      <button type="button" className="button-link" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('service.changeTenant')}
      </button>
      <h2 id="service-heading" ref={heading} tabIndex={-1}>
        {t('service.heading')}
        <span className="heading-sub">{local(tenant.name)}</span>
      </h2>
      <ul className="service-list">
        {tenant.services.map((service) => (
          <li key={service.id} className="service-card">
            <button
              type="button"
              className="choice"
              data-testid={`service-${service.id}`}
              onClick={() => onPick(service)}
            >
              <span className="choice-body">
                <span className="choice-title">{local(service.name)}</span>
                <span className="choice-meta">
                  {t('service.averageMinutes', { minutes: service.averageMinutes })}
                </span>
              </span>
              <span className="choice-arrow" aria-hidden="true">
                →
              </span>
            </button>
            <RequirementList service={service} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
