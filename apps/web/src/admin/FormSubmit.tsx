// The pieces every admin form ends with: what went wrong with the last try, and the save button.
import type { ApiError } from '../api/api-error';
import type { AdminMessageKey } from './admin-messages';
import type { FieldErrors } from './form-values';
import { ServerError } from './ServerError';
import { useAdminT } from './useAdminT';

interface SubmitFeedbackProps {
  /** The server's refusal of the last save, if any. */
  failure: ApiError | null;
  /** A more specific message than the refusal's code (a taken username, a service in use). */
  messageKey?: AdminMessageKey | undefined;
  /** The fields the form's own check marked. */
  errors: FieldErrors<string>;
}

/** The server's refusal, or else a pointer to the marked fields when the form's check failed. */
export function SubmitFeedback({ failure, messageKey, errors }: SubmitFeedbackProps) {
  const { t } = useAdminT();
  if (failure) return <ServerError error={failure} messageKey={messageKey} />;
  if (Object.keys(errors).length === 0) return null;
  return <p className="field-error">{t('admin.checkFields')}</p>;
}

interface SaveButtonProps {
  label: AdminMessageKey;
  /** The save is on its way: the button says so and waits. */
  pending: boolean;
  /** Another action of the form is on its way: the button waits without saying "saving". */
  disabled?: boolean;
  testId: string;
}

/** The form's submit button, saying "saving" while the save is on its way. */
export function SaveButton({ label, pending, disabled = false, testId }: SaveButtonProps) {
  const { t } = useAdminT();
  return (
    <button type="submit" className="button" data-testid={testId} disabled={pending || disabled}>
      {t(pending ? 'admin.saving' : label)}
    </button>
  );
}
