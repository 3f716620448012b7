import type { KeyboardEvent } from 'react';
import { useFocusOnMount } from './useFocusOnMount';

interface ConfirmStepProps {
  question: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm(): void;
  onKeep(): void;
  /** Prefix of the test ids: `<id>-confirm` (the step), `<id>-yes`, `<id>-keep`. */
  testId: string;
}

/**
 * An inline "are you sure?" for an action that cannot be undone: the question, then the safe
 * choice (focused, so Enter or a stray tap does no harm) and the confirming one. Escape keeps.
 */
export function ConfirmStep({
  question,
  confirmLabel,
  keepLabel,
  onConfirm,
  onKeep,
  testId,
}: ConfirmStepProps) {
  const keepButton = useFocusOnMount<HTMLButtonElement>();
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onKeep();
  };
  return (
    // Escape on the group is a shortcut for its own "keep" button.
    <fieldset className="confirm-step" data-testid={`${testId}-confirm`} onKeyDown={onKeyDown}>
      <legend className="confirm-question">{question}</legend>
      <div className="confirm-actions">
        <button
          ref={keepButton}
          type="button"
          className="button button-secondary"
          data-testid={`${testId}-keep`}
          onClick={onKeep}
        >
          {keepLabel}
        </button>
        <button
          type="button"
          className="button button-danger"
          data-testid={`${testId}-yes`}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </fieldset>
  );
}
