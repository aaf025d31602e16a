'use client';
import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure, type GraphFailure } from '@/components/graph/graph-error';
import { useNotify } from '@/components/shell/notifications';
import { AssignmentsEditor } from '../assignments/assignments-editor';
import { toAssignmentTargets, type AssignmentSelection } from '../assignments/assignment-selection';
import { DeploymentProblems } from '../assignments/deployment-problems';
import { useAssignmentCheck } from '../assignments/use-assignment-check';
import type { Groups } from '../assignments/use-groups';
import { graphDeviceConfigurationPath } from '../device-configuration-paths';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';
import { useDeploymentResources } from '../use-deployment-resources';
import { useProfileDetailStyles } from './detail.styles';

interface EditAssignmentsDialogProps {
  profile: GraphDeviceConfiguration;
  initial: AssignmentSelection;
  groups: Groups;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Assignments › Edit: the same editor as the wizard, judged live by checkAssignments. Save replaces the set with
 * `POST …/assign`; a refusal (409, e.g. a race with another admin) shows the server's message and changes nothing.
 */
export function EditAssignmentsDialog({ profile, initial, groups, onClose, onSaved }: EditAssignmentsDialogProps) {
  const styles = useProfileDetailStyles();
  const client = useGraphClient();
  const notify = useNotify();
  const data = useDeploymentResources();
  const [selection, setSelection] = React.useState(initial);
  const [isSaving, setIsSaving] = React.useState(false);
  const [failure, setFailure] = React.useState<GraphFailure>();
  const targets = toAssignmentTargets(selection);
  const check = useAssignmentCheck({ profile: { id: profile.id }, assignments: targets });
  const isRefused = check.isChecking || check.result?.allowed === false;

  const save = async () => {
    setIsSaving(true);
    setFailure(undefined);
    try {
      await client.api(`${graphDeviceConfigurationPath(profile.id)}/assign`).post({ assignments: targets.map((target) => ({ target })) });
      notify(`Saved the assignments of ${profile.displayName}`);
      onSaved();
    } catch (error) {
      setFailure(toGraphFailure(error));
      setIsSaving(false);
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_, change) => !change.open && !isSaving && onClose()}>
      <DialogSurface className={styles.dialogSurface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Edit assignments of {profile.displayName}</DialogTitle>
          <DialogContent className={styles.dialogContent}>
            {failure && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>The assignments weren’t changed</MessageBarTitle>
                  {failure.message}
                </MessageBarBody>
              </MessageBar>
            )}
            <DeploymentProblems check={check} context={{ certificationAuthorities: data.certificationAuthorities, profiles: data.profiles }} />
            <AssignmentsEditor selection={selection} onChange={setSelection} groups={groups} disabled={isSaving} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={isSaving || isRefused} onClick={() => void save()}>
              Save
            </Button>
            <Button disabled={isSaving} onClick={onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
