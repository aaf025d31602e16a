// The 409 of a change the dependency-order checker refuses: Graph's one `message` is formatRefusal's sentence, and
// — an addition Graph error bodies allow — `details` lists each problem with the SCEP profile it is about.
import 'server-only';
import { formatRefusal } from '@/lib/deployment/format-refusal';
import type { Problem } from '@/lib/deployment/types';
import { GraphError } from '@/lib/graph/graph-error';

export class DeploymentOrderError extends GraphError {
  constructor(
    readonly problems: readonly Problem[],
    /** A sentence put before the refusal, saying what the change amounts to. */
    lead?: string,
  ) {
    super('Conflict', lead ? `${lead} ${formatRefusal(problems)}` : formatRefusal(problems));
  }

  override toBody() {
    const details = this.problems.map((problem) => ({ code: problem.code, message: problem.message, target: problem.scepProfileId }));
    return { error: { ...super.toBody().error, details } };
  }
}
