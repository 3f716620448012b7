import type { LastTicket, TicketOutcome, WrapUpRequest } from '@vp/contract';
import { type FormEvent, useId, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import { notesMaxLength, ticketOutcomes } from '../api/contract-values';
import { useT } from '../i18n/useT';
import { ErrorNotice } from '../ui/ErrorNotice';

interface WrapUpFormProps {
  /** The call the notes are for; a new ticket is a new form (the console keys it by id). */
  ticket: LastTicket;
  saving: boolean;
  busy: boolean;
  /** Resolves to the error to show, or null once saved. */
  onSave(wrapUp: WrapUpRequest): Promise<ApiError | null>;
}

/** The outcome and notes of the officer's last call; saved again, they are corrected. */
export function WrapUpForm({ ticket, saving, busy, onSave }: WrapUpFormProps) {
  const { t } = useT();
  const id = useId();
  const [outcome, setOutcome] = useState<TicketOutcome | null>(ticket.outcome);
  const [notes, setNotes] = useState(ticket.notes);
  const [edited, setEdited] = useState(false);
  const [missingOutcome, setMissingOutcome] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const firstOutcome = useRef<HTMLInputElement>(null);

  const outcomeInvalid = missingOutcome || error?.field === 'outcome';
  const notesInvalid = error?.field === 'notes';
  // Errors of a field are shown beside it; any other (the call not theirs, the network) below.
  const formError = error && !outcomeInvalid && !notesInvalid ? error : null;
  const saved = !edited && error === null && ticket.notedAt !== null;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (outcome === null) {
      setMissingOutcome(true);
      firstOutcome.current?.focus();
      return;
    }
    const failed = await onSave({ ticketId: ticket.id, outcome, notes });
    setError(failed);
    if (failed === null) setEdited(false);
  };
  const edit = () => {
    setEdited(true);
    setError(null);
  };

  return (
    <form className="form wrap-up-form" data-testid="wrap-up-form" onSubmit={onSubmit} noValidate>
      <fieldset className="form-fieldset">
        <legend>{t('wrapUp.formLegend', { number: ticket.number, name: ticket.citizenName })}</legend>
        <fieldset
          className="field radio-group"
          aria-describedby={outcomeInvalid ? `${id}-outcome-error` : undefined}
        >
          <legend>{t('wrapUp.outcome')}</legend>
          {ticketOutcomes.map((option, index) => (
            <label key={option} className="radio">
              <input
                ref={index === 0 ? firstOutcome : undefined}
                type="radio"
                name={`${id}-outcome`}
                value={option}
                data-testid={`outcome-${option}`}
                checked={outcome === option}
                onChange={() => {
                  setOutcome(option);
                  setMissingOutcome(false);
                  edit();
                }}
              />
              <span>{t(`ticketOutcome.${option}`)}</span>
            </label>
          ))}
          {outcomeInvalid && (
            <p id={`${id}-outcome-error`} className="field-error" role="alert">
              {t('wrapUp.outcomeRequired')}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-notes`}>{t('wrapUp.notes')}</label>
          <p id={`${id}-notes-hint`} className="field-hint">
            {t('wrapUp.notesHint')}
          </p>
          <textarea
            id={`${id}-notes`}
            data-testid="wrap-up-notes"
            rows={5}
            maxLength={notesMaxLength}
            value={notes}
            aria-invalid={notesInvalid}
            aria-describedby={`${id}-notes-hint ${id}-notes-count${notesInvalid ? ` ${id}-notes-error` : ''}`}
            onChange={(event) => {
              setNotes(event.target.value);
              edit();
            }}
          />
          <p id={`${id}-notes-count`} className="field-hint notes-count" data-testid="wrap-up-notes-count">
            {t('wrapUp.notesCount', { count: notes.length, max: notesMaxLength })}
          </p>
          {notesInvalid && (
            <p id={`${id}-notes-error`} className="field-error" role="alert">
              {t('wrapUp.notesInvalid', { max: notesMaxLength })}
            </p>
          )}
        </div>
        {formError && <ErrorNotice error={formError} />}
        <div className="wrap-up-save">
          <button type="submit" className="button" data-testid="wrap-up-save" disabled={busy}>
            {t(saving ? 'wrapUp.saving' : 'wrapUp.save')}
          </button>
          <p className="wrap-up-saved" role="status" data-testid="wrap-up-saved">
            {saved ? t('wrapUp.saved') : ''}
          </p>
        </div>
      </fieldset>
    </form>
  );
}
