import { ConfirmStep } from './ConfirmStep';
import { useConfirmStep } from './useConfirmStep';

interface ConfirmedButtonProps {
  /** The button's text (its busy wording included). */
  label: string;
  className: string;
  disabled: boolean;
  question: string;
  confirmLabel: string;
  keepLabel: string;
  onConfirm(): void;
  /** The button's test id, and the prefix of the step's (see ConfirmStep). */
  testId: string;
}

/** A button for what cannot be undone: pressing it asks first, inline (see ConfirmStep). */
export function ConfirmedButton(props: ConfirmedButtonProps) {
  const confirm = useConfirmStep<HTMLButtonElement>();
  if (confirm.asking && !props.disabled) {
    return (
      <ConfirmStep
        question={props.question}
        confirmLabel={props.confirmLabel}
        keepLabel={props.keepLabel}
        onConfirm={() => {
          confirm.settle();
          props.onConfirm();
        }}
        onKeep={confirm.keep}
        testId={props.testId}
      />
    );
  }
  return (
    <button
      ref={confirm.trigger}
      type="button"
      className={props.className}
      data-testid={props.testId}
      onClick={confirm.ask}
      disabled={props.disabled}
    >
      {props.label}
    </button>
  );
}
