// Parses external input with a schema once, at the edge; the error names the first bad field.
import { AppError } from '@vp/contract';
import type { z } from 'zod';

export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  what = 'body',
): z.infer<Schema> {
  if (input === undefined || input === null) {
    throw new AppError('bad_request', `${what} missing`, {
      userMessage: `The request ${what} is missing`,
      field: what,
    });
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.join('.') : what;
  const message =
    issue?.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue?.message;
  throw new AppError('validation_failed', `invalid ${what}: ${field}`, {
    userMessage: `${field}: ${message ?? 'invalid'}`,
    field: issue?.code === 'unrecognized_keys' ? (issue.keys[0] ?? field) : field,
  });
}
