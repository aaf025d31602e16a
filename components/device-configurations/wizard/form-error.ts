import { get, type FieldErrors, type FieldValues } from 'react-hook-form';

/**
 * The message for one field by path (`extendedKeyUsages.0.name`); array-level errors such as "Add at least one"
 * sit under `root` once rows are registered, so that is read too.
 */
export function fieldError<T extends FieldValues>(errors: FieldErrors<T>, name: string): string | undefined {
  const error: unknown = get(errors, name);
  if (!error || typeof error !== 'object') return undefined;
  const { message, root } = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof message === 'string') return message;
  return typeof root?.message === 'string' ? root.message : undefined;
}
