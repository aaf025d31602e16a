import { GroupNotFound } from '@/components/directory/groups/group-not-found';

export default function GroupNotFoundPage() {
  return <GroupNotFound />;
}
