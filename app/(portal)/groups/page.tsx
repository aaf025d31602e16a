import { GroupList } from '@/components/directory/groups/group-list';

export default function GroupsPage() {
  return <GroupList />;
}
