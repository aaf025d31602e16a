'use client';
import * as React from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { GroupReference } from './assignment-selection';
import type { Groups } from './use-groups';
import { useAssignmentsStyles } from './assignments.styles';

interface AddGroupsDialogProps {
  open: boolean;
  /** "Select groups to include" / "Select groups to exclude". */
  title: string;
  groups: Groups;
  /** Groups already in the list: shown checked, so unchecking one removes it. */
  selected: readonly GroupReference[];
  /** Groups on the other list: a group is either included or excluded, never both. */
  unavailableIds: ReadonlySet<string>;
  onSelect: (groups: GroupReference[]) => void;
  onClose: () => void;
}

/** Intune's group picker: search by name, tick any number of groups, Select. */
export function AddGroupsDialog({ open, title, groups, selected, unavailableIds, onSelect, onClose }: AddGroupsDialogProps) {
  const styles = useAssignmentsStyles();
  const [term, setTerm] = React.useState('');
  const [checked, setChecked] = React.useState<ReadonlyMap<string, GroupReference>>(new Map());

  // Each opening starts from the current list.
  React.useEffect(() => {
    if (!open) return;
    setTerm('');
    setChecked(new Map(selected.map((group) => [group.id, group])));
  }, [open, selected]);

  const toggle = (group: GroupReference, isChecked: boolean) =>
    setChecked((current) => {
      const next = new Map(current);
      if (isChecked) next.set(group.id, { id: group.id, displayName: group.displayName });
      else next.delete(group.id);
      return next;
    });

  const needle = term.trim().toLowerCase();
  const visible = groups.groups.filter((group) => !unavailableIds.has(group.id) && group.displayName.toLowerCase().includes(needle));

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.dialogContent}>
            <SearchBox aria-label="Search groups" placeholder="Search groups" value={term} onChange={(_, data) => setTerm(data.value)} />
            {groups.failure && (
              <MessageBar intent="error">
                <MessageBarBody>The groups couldn’t be loaded: {groups.failure.message}</MessageBarBody>
              </MessageBar>
            )}
            {groups.isLoading && groups.groups.length === 0 ? (
              <Spinner size="small" label="Loading groups…" />
            ) : (
              <ul className={styles.groupList} aria-label="Groups">
                {visible.map((group) => (
                  <li key={group.id}>
                    <Checkbox
                      checked={checked.has(group.id)}
                      onChange={(_, data) => toggle(group, data.checked === true)}
                      label={
                        <span className={styles.groupLabel}>
                          {group.displayName}
                          {group.description && <Text className={styles.groupDescription}>{group.description}</Text>}
                        </span>
                      }
                    />
                  </li>
                ))}
                {visible.length === 0 && <Text className={styles.muted}>No groups match.</Text>}
              </ul>
            )}
            <Text>{checked.size === 1 ? '1 group selected' : `${checked.size} groups selected`}</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onSelect([...checked.values()])}>
              Select
            </Button>
            <Button onClick={onClose}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
