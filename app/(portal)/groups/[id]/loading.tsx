import { GroupDetailLoading } from '@/components/directory/groups/group-detail-loading';

export default function GroupLoading() {
  return <GroupDetailLoading />;
}
