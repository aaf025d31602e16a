'use client';
import * as React from 'react';
import { useFormContext } from 'react-hook-form';
import type { FieldProblem } from '@/lib/schemas/device-configuration/field-problem';
import { fieldError } from '../wizard/form-error';
import { scepFieldOf, type ScepFormValues } from './scep-form';

/** The issuing CA's findings (validateScepProfile), for the fields to show under themselves. */
export const ScepServerProblemsContext = React.createContext<readonly FieldProblem[]>([]);

/**
 * The message under one SCEP setting: the form schema's, else the issuing CA check's. `name` is the form field;
 * a CA finding about a row (`extendedKeyUsages.1.objectIdentifier`) also shows under its list (`extendedKeyUsages`)
 * when asked for the list with `includeNested`.
 */
export function useScepFieldMessage(name: string, includeNested = false): string | undefined {
  const { formState } = useFormContext<ScepFormValues>();
  const serverProblems = React.useContext(ScepServerProblemsContext);
  const own = fieldError(formState.errors, name);
  if (own) return own;
  const matches = serverProblems.filter((problem) => {
    const field = scepFieldOf(problem.field);
    return field === name || (includeNested && field?.startsWith(`${name}.`));
  });
  return matches.length > 0 ? matches.map((problem) => problem.message).join(' ') : undefined;
}
