import type { Service } from '@vp/contract';
import { useT } from '../i18n/useT';

/**
 * The documents a service needs (persyaratan). `headingLevel` is one below the heading of the
 * section it sits in: levels must not skip (axe `heading-order`).
 */
export function RequirementList({ service, headingLevel }: { service: Service; headingLevel: 3 | 4 }) {
  const { t, local } = useT();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="requirements">
      <Heading className="requirements-heading">{t('service.requirements')}</Heading>
      <ul>
        {service.requirements.map((requirement) => (
          <li key={requirement.id}>{local(requirement)}</li>
        ))}
      </ul>
    </div>
  );
}
