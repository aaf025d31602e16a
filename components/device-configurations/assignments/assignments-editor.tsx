'use client';
import * as React from 'react';
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { Add20Regular, PeopleTeam20Regular, Phone20Regular } from '@fluentui/react-icons';
import { AddGroupsDialog } from './add-groups-dialog';
import { AssignmentTargetTable } from './assignment-target-table';
import type { AssignmentSelection, GroupReference } from './assignment-selection';
import type { Groups } from './use-groups';
import { useAssignmentsStyles } from './assignments.styles';

interface AssignmentsEditorProps {
  selection: AssignmentSelection;
  onChange: (selection: AssignmentSelection) => void;
  groups: Groups;
  disabled?: boolean;
}

type Picking = 'included' | 'excluded' | undefined;

/** Included groups (Add groups, Add all users, Add all devices) and Excluded groups, as on Intune's Assignments tab. */
export function AssignmentsEditor({ selection, onChange, groups, disabled = false }: AssignmentsEditorProps) {
  const styles = useAssignmentsStyles();
  const [picking, setPicking] = React.useState<Picking>();
  // Intune: with both All users and All devices there is nobody left to add, so Add groups turns off.
  const isEveryone = selection.allUsers && selection.allDevices;

  const removeGroup = (list: 'includedGroups' | 'excludedGroups', id: string) =>
    onChange({ ...selection, [list]: selection[list].filter((group) => group.id !== id) });

  const included = [
    ...(selection.allUsers ? [{ key: 'allUsers', name: 'All users', onRemove: () => onChange({ ...selection, allUsers: false }) }] : []),
    ...(selection.allDevices ? [{ key: 'allDevices', name: 'All devices', onRemove: () => onChange({ ...selection, allDevices: false }) }] : []),
    ...selection.includedGroups.map((group) => ({ key: group.id, name: group.displayName, onRemove: () => removeGroup('includedGroups', group.id) })),
  ];
  const excluded = selection.excludedGroups.map((group) => ({
    key: group.id,
    name: group.displayName,
    onRemove: () => removeGroup('excludedGroups', group.id),
  }));

  const choose = (chosen: GroupReference[]) => {
    onChange({ ...selection, [picking === 'excluded' ? 'excludedGroups' : 'includedGroups']: chosen });
    setPicking(undefined);
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="included-groups-heading">
        <Subtitle2 as="h2" id="included-groups-heading" className={styles.heading}>
          Included groups
        </Subtitle2>
        <div className={styles.actions}>
          <Button icon={<Add20Regular />} disabled={disabled || isEveryone} onClick={() => setPicking('included')}>
            Add groups to include
          </Button>
          <Button icon={<PeopleTeam20Regular />} disabled={disabled || selection.allUsers} onClick={() => onChange({ ...selection, allUsers: true })}>
            Add all users
          </Button>
          <Button icon={<Phone20Regular />} disabled={disabled || selection.allDevices} onClick={() => onChange({ ...selection, allDevices: true })}>
            Add all devices
          </Button>
        </div>
        <AssignmentTargetTable label="Included groups" rows={included} emptyText="No groups are included." />
      </section>
      <section className={styles.section} aria-labelledby="excluded-groups-heading">
        <Subtitle2 as="h2" id="excluded-groups-heading" className={styles.heading}>
          Excluded groups
        </Subtitle2>
        <Text className={styles.muted}>
          Exclude user groups from user assignments and device groups from device assignments; mixing them is not supported.
        </Text>
        <div className={styles.actions}>
          <Button icon={<Add20Regular />} disabled={disabled} onClick={() => setPicking('excluded')}>
            Add groups to exclude
          </Button>
        </div>
        <AssignmentTargetTable label="Excluded groups" rows={excluded} emptyText="No groups are excluded." />
      </section>
      <AddGroupsDialog
        open={picking !== undefined}
        title={picking === 'excluded' ? 'Select groups to exclude' : 'Select groups to include'}
        groups={groups}
        selected={picking === 'excluded' ? selection.excludedGroups : selection.includedGroups}
        unavailableIds={new Set((picking === 'excluded' ? selection.includedGroups : selection.excludedGroups).map((group) => group.id))}
        onSelect={choose}
        onClose={() => setPicking(undefined)}
      />
    </>
  );
}
