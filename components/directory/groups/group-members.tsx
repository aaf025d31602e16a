'use client';
import { MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { useEssentialsStyles } from '@/components/essentials.styles';
import type { GraphFailure } from '@/components/graph/graph-error';
import type { GraphDirectoryObject } from '@/lib/graph/to-graph-directory-object';
import { DirectoryGrid } from '../directory-grid';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { useDirectoryListStyles } from '../directory-list.styles';
import { GROUP_MEMBER_COLUMNS } from './group-member-columns';

interface GroupMembersProps {
  members: readonly GraphDirectoryObject[] | undefined;
  failure: GraphFailure | undefined;
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: Set<string>) => void;
}

/** The group's direct members; select rows to remove them with the command bar. */
export function GroupMembers({ members, failure, selected, onSelectionChange }: GroupMembersProps) {
  const styles = useEssentialsStyles();
  const listStyles = useDirectoryListStyles();
  return (
    <section className={styles.section} aria-labelledby="members-heading">
      <Subtitle2 as="h2" id="members-heading" className={styles.heading}>
        Members
      </Subtitle2>
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>The members couldn’t be loaded: {failure.message}</MessageBarBody>
        </MessageBar>
      )}
      {members === undefined ? (
        !failure && <DirectoryGridSkeleton label="Loading members" />
      ) : members.length === 0 ? (
        <Text className={listStyles.muted}>This group has no members. Add users, devices or groups with Add members.</Text>
      ) : (
        <DirectoryGrid
          items={members}
          columns={GROUP_MEMBER_COLUMNS}
          getRowId={(member) => member.id}
          ariaLabel="Members"
          selection={{ selected, onChange: onSelectionChange }}
        />
      )}
    </section>
  );
}
