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
import type { GraphDirectoryObject } from '@/lib/graph/to-graph-directory-object';
import { directoryObjectDetail, directoryObjectTypeLabel } from '../directory-object-format';
import { useDialogStyles } from '../dialog.styles';
import { useDirectoryObjectSearch } from './use-directory-object-search';

interface AddMembersDialogProps {
  open: boolean;
  groupName: string;
  /** The group itself and its current members: not offered. */
  excludedIds: ReadonlySet<string>;
  isAdding: boolean;
  failure?: string;
  onAdd: (members: GraphDirectoryObject[]) => void;
  onClose: () => void;
}

/** Entra's member picker: search users, devices and groups, tick any number, Select. */
export function AddMembersDialog({ open, onClose, ...props }: AddMembersDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        {/* Mounted only while open, so a closed dialog sends no searches and each opening starts afresh. */}
        {open && <AddMembersBody onClose={onClose} {...props} />}
      </DialogSurface>
    </Dialog>
  );
}

function AddMembersBody({ groupName, excludedIds, isAdding, failure, onAdd, onClose }: Omit<AddMembersDialogProps, 'open'>) {
  const styles = useDialogStyles();
  const [term, setTerm] = React.useState('');
  const [checked, setChecked] = React.useState<ReadonlyMap<string, GraphDirectoryObject>>(new Map());
  const search = useDirectoryObjectSearch(term);
  const offered = search.results.filter((object) => !excludedIds.has(object.id));

  const toggle = (object: GraphDirectoryObject, isChecked: boolean) =>
    setChecked((current) => {
      const next = new Map(current);
      if (isChecked) next.set(object.id, object);
      else next.delete(object.id);
      return next;
    });

  return (
    <DialogBody>
      <DialogTitle>Add members to {groupName}</DialogTitle>
      <DialogContent className={styles.content}>
        <SearchBox
          aria-label="Search users, devices and groups"
          placeholder="Search users, devices and groups"
          value={term}
          onChange={(_, data) => setTerm(data.value)}
        />
        {(failure ?? search.failure) && (
          <MessageBar intent="error">
            <MessageBarBody>{failure ?? search.failure?.message}</MessageBarBody>
          </MessageBar>
        )}
        {search.isLoading && offered.length === 0 ? (
          <Spinner size="small" label="Searching…" />
        ) : (
          <ul className={styles.results} aria-label="Search results">
            {offered.map((object) => (
              <li key={object.id}>
                <Checkbox
                  checked={checked.has(object.id)}
                  onChange={(_, data) => toggle(object, data.checked === true)}
                  label={
                    <span className={styles.resultLabel}>
                      {object.displayName}
                      <Text size={200} className={styles.resultDetail}>
                        {[directoryObjectTypeLabel(object), directoryObjectDetail(object)].filter(Boolean).join(' · ')}
                      </Text>
                    </span>
                  }
                />
              </li>
            ))}
            {offered.length === 0 && <Text className={styles.muted}>Nothing matches that isn’t a member already.</Text>}
          </ul>
        )}
        <Text>{checked.size === 1 ? '1 selected' : `${checked.size} selected`}</Text>
      </DialogContent>
      <DialogActions>
        <Button appearance="primary" disabled={checked.size === 0 || isAdding} onClick={() => onAdd([...checked.values()])}>
          {isAdding ? 'Adding…' : 'Select'}
        </Button>
        <Button onClick={onClose} disabled={isAdding}>
          Cancel
        </Button>
      </DialogActions>
    </DialogBody>
  );
}
