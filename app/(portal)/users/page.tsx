import { UserList } from '@/components/directory/users/user-list';

export default function UsersPage() {
  return <UserList />;
}
