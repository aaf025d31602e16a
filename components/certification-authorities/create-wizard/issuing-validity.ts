import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';

/** An issuing CA must not outlive its root: `years` from now has to end before the root does. */
export function fitsWithinRoot(years: number, root: GraphCloudCertificationAuthority, now: Date = new Date()): boolean {
  const end = new Date(now);
  end.setFullYear(end.getFullYear() + years);
  return root.validityEndDateTime !== null && end.getTime() <= new Date(root.validityEndDateTime).getTime();
}
