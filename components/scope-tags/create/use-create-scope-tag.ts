'use client';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { useGraphMutation } from '@/components/directory/use-graph-mutation';
import { GROUP_TARGET } from '@/lib/schemas/device-configuration/assignment';
import { GRAPH_ROLE_SCOPE_TAGS } from '../scope-tag-paths';
import type { GraphRoleScopeTag } from '../use-role-scope-tags';
import type { CreateScopeTagRequest } from './create-scope-tag-form';

/** POST the tag, then assign it to the chosen groups; a failed assign leaves the tag, and says so. */
export function useCreateScopeTag() {
  const client = useGraphClient();
  const { run, isBusy, failure } = useGraphMutation();
  const create = async ({ groupIds, ...tag }: CreateScopeTagRequest): Promise<GraphRoleScopeTag | undefined> => {
    const created = await run<GraphRoleScopeTag>(() => client.api(GRAPH_ROLE_SCOPE_TAGS).post(tag));
    if (!created || groupIds.length === 0) return created?.value;
    const assignments = groupIds.map((groupId) => ({ target: { '@odata.type': GROUP_TARGET, groupId } }));
    const assigned = await run(() => client.api(`${GRAPH_ROLE_SCOPE_TAGS}/${created.value.id}/assign`).post({ assignments }));
    return assigned ? created.value : undefined;
  };
  return { create, isBusy, failure };
}
