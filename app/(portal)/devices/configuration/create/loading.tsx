import { CreateProfileLoading } from '@/components/device-configurations/create/create-profile-loading';

export default function CreateProfileLoadingPage() {
  return <CreateProfileLoading />;
}
