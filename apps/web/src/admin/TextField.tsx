import type { HTMLInputTypeAttribute } from 'react';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Shown under the label; said by screen readers with the field. */
  hint?: string | undefined;
  /** The field's error message, when it is wrong. */
  error?: string | undefined;
  type?: HTMLInputTypeAttribute;
  inputMode?: 'numeric' | 'decimal' | 'text';
  multiline?: boolean;
  testId?: string;
  autoComplete?: string;
  maxLength?: number;
  className?: string;
}

/** A labelled text field with its hint and, when wrong, its error (tied to it by aria-describedby). */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, hint, error } = props;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described === '' ? undefined : described,
    'data-testid': props.testId,
    maxLength: props.maxLength,
  } as const;
  return (
    <div className={`field${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={props.inputMode === 'numeric' || props.inputMode === 'decimal' ? false : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Moves focus to the first field marked wrong in `container`, after the render that marks it. */
export function focusFirstInvalid(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    container?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')?.focus();
  });
}
