import { get, type FieldErrors, type FieldPath } from 'react-hook-form';
import type { CreateCaFormValues } from './create-certification-authority-form';

/**
 * The message for one field. The form type is a union (root | issuing), where `errors.x` only type-checks for fields
 * both members share; a path lookup works for all of them.
 */
export function fieldError(errors: FieldErrors<CreateCaFormValues>, name: FieldPath<CreateCaFormValues>): string | undefined {
  const error: unknown = get(errors, name);
  if (!error || typeof error !== 'object') return undefined;
  // Array-level errors (e.g. "Add at least one extended key usage") sit under `root` when rows are registered.
  const { message, root } = error as { message?: unknown; root?: { message?: unknown } };
  if (typeof message === 'string') return message;
  return typeof root?.message === 'string' ? root.message : undefined;
}
