import { ServicesForm } from './ServicesForm';
import { TenantConfigSection, type TenantSectionProps } from './TenantConfigSection';

/** A tenant's services, their order and their requirements, saved against the configuration's version. */
export function ServicesSection(props: TenantSectionProps) {
  return (
    <TenantConfigSection
      {...props}
      part="services"
      heading="admin.services.heading"
      intro="admin.services.intro"
      saved="admin.services.saved"
      testIdPrefix="services"
      form={(key, formProps) => <ServicesForm key={key} {...formProps} />}
    />
  );
}
