'use client';
import * as React from 'react';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure, type GraphFailure } from '@/components/graph/graph-error';
import type { Platform } from '@/lib/deployment/platforms';
import type { FieldProblem } from '@/lib/schemas/device-configuration/field-problem';
import { SCEP_SCHEMAS } from '@/lib/schemas/device-configuration/scep-certificate-profile';
import { GRAPH_VALIDATE_SCEP_PROFILE } from '../device-configuration-paths';

const DEBOUNCE_MS = 600;

interface Verdict {
  body: string;
  problems: FieldProblem[];
  failure?: GraphFailure;
}

const keyOf = (problem: FieldProblem) => `${problem.field}\u0000${problem.message}`;

/**
 * The findings only the server can make: validateScepProfile also repeats the schema's, which the form shows
 * itself once a field is touched — repeating them here would flag fields the admin has not reached yet.
 */
function withoutSchemaProblems(platform: Platform, body: unknown, problems: readonly FieldProblem[]): FieldProblem[] {
  const parsed = SCEP_SCHEMAS[platform].safeParse(body);
  const own = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => keyOf({ field: issue.path.map(String).join('.'), message: issue.message })));
  return problems.filter((problem) => !own.has(keyOf(problem)));
}

/**
 * `validateScepProfile` as you type: the checks that need the Root Certificate and the issuing CA behind the SCEP
 * URL (its EKUs, key size, lifetime; no SHA-1), which the form's own schema can't make. `check()` runs at once,
 * for leaving the tab.
 */
export function useScepValidation(platform: Platform, body: Record<string, unknown>, isEnabled: boolean) {
  const client = useGraphClient();
  const json = JSON.stringify(body);
  const [verdict, setVerdict] = React.useState<Verdict>();

  const run = React.useCallback(
    async (requestJson: string): Promise<Verdict> => {
      try {
        const request: unknown = JSON.parse(requestJson);
        const result = (await client.api(GRAPH_VALIDATE_SCEP_PROFILE).post(request)) as { problems: FieldProblem[] };
        return { body: requestJson, problems: withoutSchemaProblems(platform, request, result.problems) };
      } catch (error) {
        return { body: requestJson, problems: [], failure: toGraphFailure(error) };
      }
    },
    [client, platform],
  );

  React.useEffect(() => {
    if (!isEnabled) return;
    let isCurrent = true;
    const timer = setTimeout(() => void run(json).then((next) => isCurrent && setVerdict(next)), DEBOUNCE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [run, json, isEnabled]);

  /** The verdict on the current values, fetched now unless the last one is about them already. */
  const check = React.useCallback(async (): Promise<FieldProblem[]> => {
    if (verdict?.body === json) return verdict.problems;
    const next = await run(json);
    setVerdict(next);
    return next.problems;
  }, [run, verdict, json]);

  const isFresh = verdict?.body === json;
  return {
    /** The last verdict, kept while a newer one is on its way so messages don't flicker while typing. */
    problems: verdict?.problems ?? [],
    failure: verdict?.failure,
    isValidating: isEnabled && !isFresh,
    check,
  };
}

export type ScepValidation = ReturnType<typeof useScepValidation>;
