import type { OfficerTicket } from '@vp/contract';
import { useT } from '../i18n/useT';

interface PriorityClaimPanelProps {
  /** The call's ticket; the panel asks only when its citizen declared a vulnerable group. */
  ticket: OfficerTicket;
  /** The answer is on its way to the API. */
  saving: boolean;
  busy: boolean;
  onAnswer(confirmed: boolean): void;
}

/**
 * Asks the officer, at the start of the call, whether the vulnerable group the citizen declared
 * is true; once answered, only the answer stays, as a quiet note.
 */
export function PriorityClaimPanel({ ticket, saving, busy, onAnswer }: PriorityClaimPanelProps) {
  const { t } = useT();
  if (!ticket.vulnerableGroup) return null;
  if (ticket.priorityClaim) {
    return (
      <p className="field-hint priority-claim-answered" role="status" data-testid="priority-claim-answered">
        {t(ticket.priorityClaim === 'confirmed' ? 'priorityClaim.confirmed' : 'priorityClaim.rejected')}
      </p>
    );
  }
  return (
    <fieldset className="panel form-fieldset priority-claim" aria-describedby="priority-claim-hint">
      <legend>{t('priorityClaim.legend', { group: t(`vulnerableGroup.${ticket.vulnerableGroup}`) })}</legend>
      <p id="priority-claim-hint" className="field-hint">
        {t('priorityClaim.hint')}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-testid="priority-claim-confirm"
          onClick={() => onAnswer(true)}
          disabled={busy}
        >
          {t(saving ? 'priorityClaim.saving' : 'priorityClaim.confirm')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          data-testid="priority-claim-reject"
          onClick={() => onAnswer(false)}
          disabled={busy}
        >
          {t('priorityClaim.reject')}
        </button>
      </div>
    </fieldset>
  );
}
