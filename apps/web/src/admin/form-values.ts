// Reading what a person typed into a form's text fields as numbers, and zod issues as form fields.
// Pure, so it is unit-tested.

/** A text field's value: empty (the default applies), a number, or not a number at all. */
export type NumberField = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

/** Reads a number as typed: blanks are empty, a decimal comma counts as a point ("12,5"). */
export function readNumber(text: string): NumberField {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { kind: 'empty' };
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(trimmed) };
}

/** Writes a number back for a text field, without float noise (0.1 + 0.2) or trailing zeros. */
export function writeNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** A form's fields in error; each field shows its own message, which says what it takes. */
export type FieldErrors<Field extends string = string> = Partial<Record<Field, true>>;

/**
 * The first issue per path of a failed zod parse, as dotted paths (`serviceHours.closes`); the
 * form maps each to its own field.
 */
export function issuePaths(issues: readonly { path: readonly PropertyKey[] }[]): string[] {
  const paths: string[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}
