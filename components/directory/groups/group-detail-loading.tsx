'use client';
import { PeopleTeam24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { DirectoryGridSkeleton } from '../directory-grid-skeleton';
import { GROUPS_BREADCRUMB } from '../directory-paths';

/** The detail route's loading.tsx: the blade frame before the group's name is known. */
export function GroupDetailLoading() {
  return (
    <Blade breadcrumb={GROUPS_BREADCRUMB} title="Group" icon={<PeopleTeam24Regular />}>
      <DirectoryGridSkeleton label="Loading the group" />
    </Blade>
  );
}
