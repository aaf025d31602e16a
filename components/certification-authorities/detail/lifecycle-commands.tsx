'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Delete20Regular, Pause20Regular, Play20Regular, Prohibited20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { useNotify } from '@/components/shell/notifications';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { CLOUD_PKI_PATH, GRAPH_CERTIFICATION_AUTHORITIES } from '../certification-authority-paths';
import { type LifecycleAction, lifecycleCommandsOf } from './certification-authority-actions';
import { GuardedToolbarButton } from './guarded-toolbar-button';
import { LifecycleDialog } from './lifecycle-dialog';
import { useLifecycleAction } from './use-lifecycle-action';

type Ca = GraphCloudCertificationAuthority;

const COMMANDS: Record<LifecycleAction, { label: string; done: string; icon: React.ReactElement }> = {
  pause: { label: 'Pause', done: 'Paused', icon: <Pause20Regular /> },
  resume: { label: 'Resume', done: 'Resumed', icon: <Play20Regular /> },
  revoke: { label: 'Revoke', done: 'Revoked', icon: <Prohibited20Regular /> },
  delete: { label: 'Delete', done: 'Deleted', icon: <Delete20Regular /> },
};

interface LifecycleCommandsProps {
  ca: Ca;
  /** Active certificates of an issuing CA; undefined while counting. */
  activeCount: number | undefined;
  /** The CA changed: reload it and its counts. */
  onChanged: () => void;
}

/** Pause / Resume, Revoke and Delete in the command bar; Resume needs no confirmation, the others do. */
export function LifecycleCommands({ ca, activeCount, onChanged }: LifecycleCommandsProps) {
  const router = useRouter();
  const notify = useNotify();
  const { hasPermission } = useAuth();
  // A root can be deleted once no issuing CA is anchored to it: the tenant's CAs say which are.
  const all = useGraphResource<{ value: Ca[] }>(GRAPH_CERTIFICATION_AUTHORITIES);
  const { perform, isBusy, failure, reset } = useLifecycleAction(ca);
  const [confirming, setConfirming] = React.useState<Exclude<LifecycleAction, 'resume'>>();

  const commands = lifecycleCommandsOf(ca, {
    canManage: hasPermission('ca.disableReenable'),
    activeCount,
    anchoredIssuingCount: all.data?.value.filter((other) => other.certificationAuthorityIssuerId === ca.id && other.id !== ca.id).length,
  });

  /** Resolves the server's refusal, or undefined once done. */
  const run = async (action: LifecycleAction) => {
    const refusal = await perform(action);
    if (refusal) {
      // Usually the CA changed meanwhile (another admin, another tab): show it as it is now.
      onChanged();
      return refusal;
    }
    setConfirming(undefined);
    notify(`${COMMANDS[action].done} '${ca.displayName}'`, 'success', { onNextPage: action === 'delete' });
    if (action === 'delete') router.push(CLOUD_PKI_PATH);
    else onChanged();
    return undefined;
  };

  const start = (action: LifecycleAction) => {
    reset();
    if (action !== 'resume') {
      setConfirming(action);
      return;
    }
    // Resume is reversible and asks nothing; a refusal (another admin changed the CA) comes back as a toast.
    void run('resume').then((refusal) => refusal && notify(`Couldn't resume '${ca.displayName}': ${refusal}`, 'error'));
  };

  return (
    <>
      {commands.map(({ action, blockedReason }) => (
        <GuardedToolbarButton key={action} icon={COMMANDS[action].icon} blockedReason={blockedReason} onClick={() => start(action)}>
          {COMMANDS[action].label}
        </GuardedToolbarButton>
      ))}
      {confirming && (
        <LifecycleDialog
          ca={ca}
          action={confirming}
          isBusy={isBusy}
          failure={failure}
          onConfirm={() => void run(confirming)}
          onClose={() => setConfirming(undefined)}
        />
      )}
    </>
  );
}
