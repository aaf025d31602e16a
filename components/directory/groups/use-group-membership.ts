'use client';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { directoryObjectReference, graphGroupPath } from '../directory-paths';
import { useGraphMutation } from '../use-graph-mutation';

/**
 * Adds and removes members one Graph call each ($ref takes one reference), in order, stopping at the first
 * refusal so the dialog can say which one failed; the members added before it stay added.
 */
export function useGroupMembership(groupId: string) {
  const client = useGraphClient();
  const adding = useGraphMutation();
  const removing = useGraphMutation();
  const membersPath = `${graphGroupPath(groupId)}/members`;

  const add = (memberIds: readonly string[]) =>
    adding.run(async () => {
      for (const id of memberIds) await client.api(`${membersPath}/$ref`).post(directoryObjectReference(id));
    });

  const remove = (memberIds: readonly string[]) =>
    removing.run(async () => {
      for (const id of memberIds) await client.api(`${membersPath}/${encodeURIComponent(id)}/$ref`).delete();
    });

  return { add, remove, adding, removing };
}
