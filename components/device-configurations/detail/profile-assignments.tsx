'use client';
import * as React from 'react';
import { Link, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { fromAssignmentTargets, includedNames } from '../assignments/assignment-selection';
import { useGroups } from '../assignments/use-groups';
import { graphDeviceConfigurationPath } from '../device-configuration-paths';
import type { GraphDeviceConfiguration, GraphDeviceConfigurationAssignment } from '../graph-device-configuration';
import { DefinitionList } from './definition-list';
import { EditAssignmentsDialog } from './edit-assignments-dialog';
import { useProfileDetailStyles } from './detail.styles';

const list = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : 'None');

interface ProfileAssignmentsProps {
  profile: GraphDeviceConfiguration;
  canEdit: boolean;
  /** Saved assignments change this section and the device report: the blade loads its sections again. */
  onChanged: () => void;
}

/** Assignments: included and excluded groups, and Edit — which saves only what the deployment order allows. */
export function ProfileAssignments({ profile, canEdit, onChanged }: ProfileAssignmentsProps) {
  const styles = useProfileDetailStyles();
  const assignments = useGraphResource<{ value: GraphDeviceConfigurationAssignment[] }>(`${graphDeviceConfigurationPath(profile.id)}/assignments`);
  const groups = useGroups();
  const [isEditing, setIsEditing] = React.useState(false);
  const selection = fromAssignmentTargets((assignments.data?.value ?? []).map((assignment) => assignment.target), groups.groupName);

  return (
    <section className={styles.section} aria-labelledby="assignments-heading">
      <div className={styles.sectionHeader}>
        <Subtitle2 as="h2" id="assignments-heading" className={styles.heading}>
          Assignments
        </Subtitle2>
        {canEdit && assignments.data && (
          <Link as="button" type="button" onClick={() => setIsEditing(true)} aria-label="Edit Assignments">
            Edit
          </Link>
        )}
      </div>
      {assignments.failure && (
        <MessageBar intent="error">
          <MessageBarBody>The assignments couldn’t be loaded: {assignments.failure.message}</MessageBarBody>
        </MessageBar>
      )}
      {assignments.data && (
        <DefinitionList
          label="Assignments"
          entries={[
            { label: 'Included groups', value: list(includedNames(selection)) },
            { label: 'Excluded groups', value: list(selection.excludedGroups.map((group) => group.displayName)) },
          ]}
        />
      )}
      {isEditing && (
        <EditAssignmentsDialog
          profile={profile}
          initial={selection}
          groups={groups}
          onClose={() => setIsEditing(false)}
          onSaved={() => {
            setIsEditing(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
