import { useRef, useState } from 'react';
import type { ApiError } from '../api/api-error';
import type { FieldErrors } from './form-values';
import { focusFirstInvalid } from './TextField';

/**
 * What an admin form marks wrong: the fields its own check or the server refused (focus moves to
 * the first), and the server's last refusal.
 */
export function useFormErrors<Field extends string = string>() {
  const formRef = useRef<HTMLFormElement | null>(null);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);

  /** Marks these fields wrong (and only these), and moves focus to the first. */
  const markFields = (marked: FieldErrors<Field>) => {
    setErrors(marked);
    focusFirstInvalid(formRef.current);
  };
  const clearFields = () => setErrors({});
  /** Shows the server's refusal, marking the form's field it names, if any. */
  const showRefusal = (error: ApiError, field: Field | null | undefined) => {
    if (field) markFields({ [field]: true } as FieldErrors<Field>);
    setFailure(error);
  };

  return { formRef, errors, failure, setFailure, markFields, clearFields, showRefusal };
}
