import { type FormEvent, useState } from 'react';
import { saveServices } from '../api/admin-client';
import { asApiError } from '../api/api-error';
import { SaveButton, SubmitFeedback } from './FormSubmit';
import { ServiceCard } from './ServiceCard';
import {
  formToServices,
  moveItem,
  newService,
  type ServiceForm,
  serviceErrorKeyOf,
  servicesToForm,
} from './services-form';
import type { TenantConfigFormProps } from './TenantConfigSection';
import { useAdminT } from './useAdminT';
import { useFormErrors } from './useFormErrors';

/** Focuses an element of the form once the render that puts it there is done. */
function focusLater(form: HTMLFormElement | null, selector: string): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>(selector)?.focus());
}

/** The tenant's service list, edited whole and saved in one go. */
export function ServicesForm({
  token,
  tenant,
  version,
  onSaved,
  onConflict,
  onEdit,
  onExpired,
}: TenantConfigFormProps) {
  const { t } = useAdminT();
  const [forms, setForms] = useState<ServiceForm[]>(() => servicesToForm(tenant.services));
  const [dirty, setDirty] = useState(false);
  const { formRef, errors, failure, setFailure, markFields, clearFields, showRefusal } = useFormErrors();
  const [pending, setPending] = useState(false);

  const change = (next: ServiceForm[]) => {
    onEdit();
    setDirty(true);
    setForms(next);
  };
  const update = (key: string, service: ServiceForm) =>
    change(forms.map((item) => (item.key === key ? service : item)));
  const move = (index: number, delta: -1 | 1) => {
    const service = forms[index];
    if (!service) return;
    change(moveItem(forms, index, index + delta));
    // The same button of the moved service, or the other one when it reached an end.
    const button = delta < 0 ? 'up' : 'down';
    const atEnd = index + delta === 0 || index + delta === forms.length - 1;
    focusLater(
      formRef.current,
      `[data-service="${service.key}"] [data-move="${atEnd ? (delta < 0 ? 'down' : 'up') : button}"]`,
    );
  };
  const remove = (index: number) => {
    change(forms.filter((_, i) => i !== index));
    const neighbour = forms[index + 1] ?? forms[index - 1];
    focusLater(
      formRef.current,
      neighbour ? `[data-service="${neighbour.key}"] input` : '[data-testid="add-service"]',
    );
  };
  const add = () => {
    const added = newService();
    change([...forms, added]);
    focusLater(formRef.current, `[data-service="${added.key}"] input`);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const checked = formToServices(forms);
    if (!checked.ok) return markFields(checked.errors);
    clearFields();
    setPending(true);
    try {
      onSaved(await saveServices(token, tenant.code, version, checked.services));
    } catch (cause) {
      const failed = asApiError(cause);
      setPending(false);
      if (failed.code === 'unauthenticated') return onExpired();
      // A stale version says which one is current; a service still in use names itself.
      if (failed.code === 'conflict' && failed.details?.serviceId === undefined) return onConflict();
      const key = failed.field === undefined ? null : serviceErrorKeyOf(failed.field, forms);
      showRefusal(failed, key === 'list' ? null : key);
    }
  };

  const inUse = failure?.code === 'conflict' ? failure.details?.serviceId : undefined;
  return (
    <form ref={formRef} className="admin-services" onSubmit={onSubmit} noValidate data-testid="services-form">
      <ol className="admin-service-list">
        {forms.map((service, index) => (
          <li key={service.key} data-service={service.key}>
            <ServiceCard
              service={service}
              number={index + 1}
              first={index === 0}
              last={index === forms.length - 1}
              errors={errors}
              inUse={inUse !== undefined && inUse === service.id}
              onChange={(next) => update(service.key, next)}
              onMove={(delta) => move(index, delta)}
              onRemove={() => remove(index)}
              onAddedRequirement={(requirementKey) =>
                focusLater(formRef.current, `[data-requirement="${requirementKey}"] input`)
              }
            />
          </li>
        ))}
      </ol>
      {errors.list && <p className="field-error">{t('admin.services.error.list')}</p>}
      <button type="button" className="button button-secondary" data-testid="add-service" onClick={add}>
        {t('admin.services.add')}
      </button>
      <div className="admin-submit">
        <SubmitFeedback
          failure={failure}
          messageKey={inUse !== undefined ? 'admin.services.inUse' : undefined}
          errors={errors}
        />
        {dirty && <p className="field-hint">{t('admin.services.unsaved')}</p>}
        <div className="button-row">
          <SaveButton label="admin.services.save" pending={pending} testId="services-save" />
          <button
            type="button"
            className="button button-secondary"
            disabled={!dirty || pending}
            data-testid="services-discard"
            onClick={() => {
              setForms(servicesToForm(tenant.services));
              clearFields();
              setFailure(null);
              setDirty(false);
            }}
          >
            {t('admin.services.discard')}
          </button>
        </div>
      </div>
    </form>
  );
}
