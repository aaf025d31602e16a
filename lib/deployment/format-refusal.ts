// The Graph error message of a refused assignment or deletion: the rule first, then every problem in step order,
// each already saying what to do — one message, because Graph errors carry one `message`.
import type { Problem } from './types';

const ORDER =
  'root CA → issuing CA → root trusted certificate profile → issuing trusted certificate profile → SCEP certificate profile';

export function formatRefusal(problems: readonly Problem[]): string {
  const steps = [...problems].sort((a, b) => a.step - b.step).map((problem) => problem.message);
  return `This change breaks the deployment order (${ORDER}, per platform). ${steps.join(' ')}`;
}
