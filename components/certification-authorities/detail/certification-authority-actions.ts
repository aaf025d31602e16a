// The CA lifecycle commands and when each may run: Pause ⇄ Resume, then Revoke (paused, every active
// certificate revoked first), then Delete (revoked; a root once no issuing CA is anchored to it). The server checks
// the same rules and answers 409 with its own words; these only explain a disabled command up front.
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { STATUS_LABELS } from '../certification-authority-format';

export type LifecycleAction = 'pause' | 'resume' | 'revoke' | 'delete';

export interface LifecycleCommand {
  action: LifecycleAction;
  /** Why it can't run now, for the tooltip; undefined when it can. */
  blockedReason?: string;
}

interface LifecycleContext {
  canManage: boolean;
  /** The issuing CA's active certificates; undefined while counting. */
  activeCount: number | undefined;
  /** Issuing CAs anchored to a root; undefined while loading. */
  anchoredIssuingCount: number | undefined;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function revokeBlockedReason(ca: GraphCloudCertificationAuthority, activeCount: number | undefined): string | undefined {
  if (ca.certificationAuthorityStatus === 'revoked') return 'This CA is revoked already';
  if (ca.certificationAuthorityStatus !== 'paused') return 'Pause the CA before revoking it';
  if (activeCount === undefined) return 'Counting its active certificates…';
  if (activeCount > 0) return `Revoke its ${plural(activeCount, 'active certificate')} first (View all certificates)`;
  return undefined;
}

function deleteBlockedReason(ca: GraphCloudCertificationAuthority, anchoredIssuingCount: number | undefined): string | undefined {
  if (ca.cloudCertificationAuthorityType === 'rootCertificationAuthority') {
    if (anchoredIssuingCount === undefined) return 'Looking for issuing CAs anchored to this root…';
    return anchoredIssuingCount > 0 ? `Delete its ${plural(anchoredIssuingCount, 'issuing CA')} first` : undefined;
  }
  // A BYOCA still in Signing required never had a certificate: nothing to revoke before deleting it.
  if (ca.certificationAuthorityStatus === 'signingPending') return undefined;
  if (ca.certificationAuthorityStatus !== 'revoked') return 'Only a revoked CA can be deleted: pause it, revoke its certificates, then revoke the CA';
  return undefined;
}

/** The commands a CA's blade shows, in command-bar order: a root has Delete only. */
export function lifecycleCommandsOf(ca: GraphCloudCertificationAuthority, context: LifecycleContext): LifecycleCommand[] {
  const isRoot = ca.cloudCertificationAuthorityType === 'rootCertificationAuthority';
  const status = ca.certificationAuthorityStatus;
  const commands: LifecycleCommand[] = isRoot
    ? [{ action: 'delete', blockedReason: deleteBlockedReason(ca, context.anchoredIssuingCount) }]
    : [
        status === 'paused'
          ? { action: 'resume' }
          : { action: 'pause', blockedReason: status === 'active' ? undefined : `Only an active CA can be paused; this one is ${STATUS_LABELS[status].toLowerCase()}` },
        { action: 'revoke', blockedReason: revokeBlockedReason(ca, context.activeCount) },
        { action: 'delete', blockedReason: deleteBlockedReason(ca, context.anchoredIssuingCount) },
      ];
  if (context.canManage) return commands;
  const missing = `Requires the '${PERMISSIONS['ca.disableReenable']}' permission`;
  return commands.map((command) => ({ ...command, blockedReason: missing }));
}
