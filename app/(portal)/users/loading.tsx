import { UserListLoading } from '@/components/directory/users/user-list-loading';

export default function UsersLoading() {
  return <UserListLoading />;
}
