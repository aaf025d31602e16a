import { CreateProfileView } from '@/components/device-configurations/create/create-profile-view';
import { isPlatform, isProfileKind } from '@/components/device-configurations/profile-platforms';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (typeof value === 'string' && value ? value : undefined);

// The choice arrives in the URL (from the New profile dialog or a deployment-order link), so links can preselect it.
export default async function CreateProfilePage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const platform = single(query.platform);
  const kind = single(query.type);
  return (
    <CreateProfileView
      platform={isPlatform(platform) ? platform : undefined}
      kind={isProfileKind(kind) ? kind : undefined}
      caId={single(query.caId)}
    />
  );
}
