import { TenantConfigSection, type TenantSectionProps } from './TenantConfigSection';
import { TenantSettingsForm } from './TenantSettingsForm';

/** A tenant's settings, saved against the configuration's version. */
export function TenantSettingsSection(props: TenantSectionProps) {
  return (
    <TenantConfigSection
      {...props}
      part="tenants"
      heading="admin.tenants.heading"
      saved="admin.settings.saved"
      testIdPrefix="settings"
      form={(key, formProps) => <TenantSettingsForm key={key} {...formProps} />}
    />
  );
}
