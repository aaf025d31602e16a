import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * An RHF resolver that validates the Graph body a form builds with the server's own schema. The body has keys RHF
 * can't hold as fields (`@odata.type`, `rootCertificate@odata.bind` — dots are paths to RHF), so the form keeps
 * friendlier fields, `toBody` maps them, and `fieldOf` names the form field a body path's message belongs under.
 */
export function graphBodyResolver<TForm extends FieldValues>(
  schema: z.ZodType,
  toBody: (values: TForm) => Record<string, unknown>,
  fieldOf: (bodyPath: string) => string | undefined,
): Resolver<TForm, unknown, Record<string, unknown>> {
  return (values, _context, options) => {
    const result = schema.safeParse(toBody(values));
    if (result.success) return { values: result.data as Record<string, unknown>, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      // A message no field shows goes to `root`, so the form still counts as invalid.
      const field = fieldOf(issue.path.map(String).join('.')) ?? 'root';
      // The first message per field, as zodResolver does without criteriaMode "all".
      flat[field] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: toNestErrors<TForm>(flat, options) };
  };
}
