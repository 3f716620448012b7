import type { CreatedTicket, CreateTicketRequest, Service, Tenant, VulnerableGroup } from '@vp/contract';
import { type FormEvent, useState } from 'react';
import { type ApiError, asApiError } from '../api/api-error';
import { createTicket } from '../api/client';
import { useTicketProof } from '../hooks/useTicketProof';
import type { MessageKey } from '../i18n/id';
import { useT } from '../i18n/useT';
import { ErrorNotice } from '../ui/ErrorNotice';
import { errorMessageKey } from '../ui/error-message';
import { useFocusOnMount } from '../ui/useFocusOnMount';
import { PriorityChoice } from './PriorityChoice';
import { RequirementList } from './RequirementList';
import { sendWithProof } from './ticket-proof';

interface TicketFormProps {
  tenant: Tenant;
  service: Service;
  onCreated(created: CreatedTicket): void;
  onBack(): void;
}

/** What the submit button is waiting for: the proof of work, then the API. */
type SubmitPhase = 'idle' | 'preparing' | 'submitting';

/** Step 3: the citizen's name, then the ticket. */
export function TicketForm({ tenant, service, onCreated, onBack }: TicketFormProps) {
  const { t, local } = useT();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [name, setName] = useState('');
  const [priority, setPriority] = useState<VulnerableGroup | null>(null);
  const [nameError, setNameError] = useState<MessageKey | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [phase, setPhase] = useState<SubmitPhase>('idle');
  // Solved in the background while the citizen fills the form.
  const proofs = useTicketProof();

  const takeTicket = (request: CreateTicketRequest): Promise<CreatedTicket> =>
    sendWithProof(proofs, {
      send: (proof) => createTicket(proof === undefined ? request : { ...request, proof }),
      onPreparing: () => setPhase('preparing'),
      onSending: () => setPhase('submitting'),
    });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    setError(null);
    if (trimmed === '') {
      setNameError('form.nameRequired');
      return;
    }
    setNameError(null);
    try {
      const request: CreateTicketRequest = { tenantCode: tenant.code, serviceId: service.id, name: trimmed };
      if (priority !== null) request.vulnerableGroup = priority;
      onCreated(await takeTicket(request));
    } catch (cause) {
      // The API took the proof whatever the outcome: prepare the next attempt's.
      proofs.prepare();
      const apiError = asApiError(cause);
      if (apiError.field === 'name') {
        setNameError(apiError.code === 'validation_failed' ? 'form.nameInvalid' : errorMessageKey(apiError));
      } else {
        setError(apiError);
      }
      setPhase('idle');
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
        <button
          type="submit"
          className="button button-block"
          data-testid="take-ticket"
          disabled={phase !== 'idle'}
          aria-describedby={phase === 'preparing' ? 'ticket-preparing' : undefined}
        >
          {t(
            phase === 'preparing'
              ? 'form.preparing'
              : phase === 'submitting'
                ? 'form.submitting'
                : 'form.submit',
          )}
        </button>
        <p id="ticket-preparing" className="field-hint" aria-live="polite" data-testid="ticket-preparing">
          {phase === 'preparing' ? t('form.preparingHint') : ''}
        </p>
      </form>
    </section>
  );
}
