import type { CreatedTicket, CreateTicketRequest, Service, Tenant, VulnerableGroup } from '@vp/contract';
import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';
import { createTicket } from '../api/client';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorMessageKey } from '../ui/error-message';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { PriorityChoice } from './PriorityChoice';
import { RequirementList } from './RequirementList';

interface TicketFormProps {
  tenant: Tenant;
  service: Service;
  onCreated(created: CreatedTicket): void;
  onBack(): void;
}

/** Step 3: the citizen's name, then the ticket. */
export function TicketForm({ tenant, service, onCreated, onBack }: TicketFormProps) {
  const { t, local } = useT();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [name, setName] = useState('');
  const [priority, setPriority] = useState<VulnerableGroup | null>(null);
  const [nameError, setNameError] = useState<MessageKey | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setError(null);
    if (trimmed === '') {
      setNameError('form.nameRequired');
      return;
    }
    setNameError(null);
    setSubmitting(true);
    try {
      const request: CreateTicketRequest = { tenantCode: tenant.code, serviceId: service.id, name: trimmed };
      if (priority !== null) request.vulnerableGroup = priority;
      onCreated(await createTicket(request));
    } catch (cause) {
      const apiError = asApiError(cause);
      if (apiError.field === 'name') {
        setNameError(apiError.code === 'validation_failed' ? 'form.nameInvalid' : errorMessageKey(apiError));
      } else {
        setError(apiError);
      }
      setSubmitting(false);
    }
  };

  return (
    <section className="step" aria-labelledby="form-heading">
      <button type="button" className="button-link" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('form.changeService')}
      </button>
      <h2 id="form-heading" ref={heading} tabIndex={-1}>
        {t('form.heading')}
      </h2>
      <div className="panel">
        <dl className="summary">
          <div>
            <dt>{t('form.tenant')}</dt>
            <dd>{local(tenant.name)}</dd>
          </div>
          <div>
            <dt>{t('form.service')}</dt>
            <dd>
              {local(service.name)}
              <span className="summary-meta">
                {t('service.averageMinutes', { minutes: service.averageMinutes })}
              </span>
            </dd>
          </div>
        </dl>
        <RequirementList service={service} headingLevel={3} />
      </div>
      <form className="panel form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="citizen-name">{t('form.nameLabel')}</label>
          <p id="citizen-name-hint" className="field-hint">
            {t('form.nameHint')}
          </p>
          <input
            id="citizen-name"
            name="name"
            data-testid="name-input"
            autoComplete="name"
            maxLength={80}
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={nameError !== null}
            aria-describedby={nameError ? 'citizen-name-hint citizen-name-error' : 'citizen-name-hint'}
          />
          {nameError && (
            <p id="citizen-name-error" className="field-error" role="alert">
              {t(nameError)}
            </p>
          )}
        </div>
        <PriorityChoice value={priority} onChange={setPriority} />
        {error && <ErrorNotice error={error} />}
        <button type="submit" className="button button-block" data-testid="take-ticket" disabled={submitting}>
          {t(submitting ? 'form.submitting' : 'form.submit')}
        </button>
      </form>
    </section>
  );
}
