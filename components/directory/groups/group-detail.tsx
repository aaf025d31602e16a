'use client';
import * as React from 'react';
import { notFound } from 'next/navigation';
import { MessageBar, MessageBarBody, MessageBarTitle, ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Delete20Regular, PeopleAdd20Regular, PeopleTeam24Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { Blade } from '@/components/shell/blade';
import { CommandBar } from '@/components/shell/command-bar';
import { useNotify } from '@/components/shell/notifications';
import type { GraphDirectoryObject } from '@/lib/graph/to-graph-directory-object';
import type { GraphGroup } from '@/lib/graph/to-graph-group';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { GROUPS_BREADCRUMB, graphGroupPath } from '../directory-paths';
import { AddMembersDialog } from './add-members-dialog';
import { GroupEssentials } from './group-essentials';
import { GroupMembers } from './group-members';
import { RemoveMembersDialog } from './remove-members-dialog';
import { useGroupMembership } from './use-group-membership';

type OpenDialog = 'add' | 'remove' | undefined;

/** One group's blade: Essentials and its members, which an administrator adds and removes here. */
export function GroupDetail({ id }: { id: string }) {
  const { hasPermission } = useAuth();
  const notify = useNotify();
  const group = useGraphResource<GraphGroup>(graphGroupPath(id));
  const members = useGraphResource<{ value: GraphDirectoryObject[] }>(`${graphGroupPath(id)}/members`);
  const membership = useGroupMembership(id);
  const [dialog, setDialog] = React.useState<OpenDialog>();
  const [selected, setSelected] = React.useState<ReadonlySet<string>>(new Set());

  // Rendering notFound() hands over to the route's not-found.tsx, as a server-side 404 would.
  if (group.failure?.statusCode === 404) notFound();

  const name = group.data?.displayName ?? 'Group';
  const memberList = members.data?.value;
  const canWrite = hasPermission('directory.write');
  const selectedNames = (memberList ?? []).filter((member) => selected.has(member.id)).map((member) => member.displayName);
  const refresh = () => {
    group.reload();
    members.reload();
  };

  const add = async (added: GraphDirectoryObject[]) => {
    const result = await membership.add(added.map((member) => member.id));
    members.reload();
    if (!result) return; // the dialog stays open with the refusal
    setDialog(undefined);
    notify(added.length === 1 ? `Added ${added[0]?.displayName} to ${name}` : `Added ${added.length} members to ${name}`);
  };

  const remove = async () => {
    const result = await membership.remove([...selected]);
    members.reload();
    if (!result) return;
    setDialog(undefined);
    setSelected(new Set());
    notify(`Removed ${selectedNames.length === 1 ? selectedNames[0] : `${selectedNames.length} members`} from ${name}`);
  };

  return (
    <Blade
      breadcrumb={GROUPS_BREADCRUMB}
      title={name}
      icon={<PeopleTeam24Regular />}
      commandBar={
        <CommandBar>
          <ToolbarButton
            icon={<PeopleAdd20Regular />}
            disabled={!canWrite || !group.data}
            onClick={() => {
              membership.adding.reset();
              setDialog('add');
            }}
          >
            Add members
          </ToolbarButton>
          <ToolbarButton
            icon={<Delete20Regular />}
            disabled={!canWrite || selectedNames.length === 0}
            onClick={() => {
              membership.removing.reset();
              setDialog('remove');
            }}
          >
            Remove
          </ToolbarButton>
          <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={group.isLoading || members.isLoading} onClick={refresh}>
            Refresh
          </ToolbarButton>
        </CommandBar>
      }
    >
      {group.failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the group</MessageBarTitle>
            {group.failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {group.data ? (
        <>
          <GroupEssentials group={group.data} memberCount={memberList?.length} />
          <GroupMembers members={memberList} failure={members.failure} selected={selected} onSelectionChange={setSelected} />
        </>
      ) : (
        group.isLoading && <DirectoryGridSkeleton label="Loading the group" />
      )}
      <AddMembersDialog
        open={dialog === 'add'}
        groupName={name}
        excludedIds={new Set([id, ...(memberList ?? []).map((member) => member.id)])}
        isAdding={membership.adding.isBusy}
        failure={membership.adding.failure?.message}
        onAdd={(added) => void add(added)}
        onClose={() => setDialog(undefined)}
      />
      <RemoveMembersDialog
        open={dialog === 'remove'}
        groupName={name}
        memberNames={selectedNames}
        isRemoving={membership.removing.isBusy}
        failure={membership.removing.failure?.message}
        onConfirm={() => void remove()}
        onClose={() => setDialog(undefined)}
      />
    </Blade>
  );
}
