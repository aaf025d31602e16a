import { GroupListLoading } from '@/components/directory/groups/group-list-loading';

export default function GroupsLoading() {
  return <GroupListLoading />;
}
