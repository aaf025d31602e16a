import type { z } from 'zod';

/** "displayName: Name is required; countryName: Country must be exactly two letters" — names each field, as Graph 400s should. */
export function zodIssuesMessage(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
