'use client';
import type { Platform, ProfileKind } from '@/lib/deployment/platforms';
import { ScepCertificateWizard } from '../scep/scep-certificate-wizard';
import { TrustedCertificateWizard } from '../trusted-certificate/trusted-certificate-wizard';
import { ChooseProfileType } from './choose-profile-type';

interface CreateProfileViewProps {
  platform: Platform | undefined;
  kind: ProfileKind | undefined;
  caId: string | undefined;
}

/** /devices/configuration/create?platform=…&type=…&caId=…: the wizard for that choice, or the choice itself. */
export function CreateProfileView({ platform, kind, caId }: CreateProfileViewProps) {
  if (!platform || !kind) return <ChooseProfileType platform={platform} kind={kind} />;
  // Keyed, so a link to another choice starts a fresh wizard instead of keeping this one's values.
  const key = `${platform}-${kind}-${caId ?? ''}`;
  return kind === 'scep' ? (
    <ScepCertificateWizard key={key} platform={platform} caId={caId} />
  ) : (
    <TrustedCertificateWizard key={key} platform={platform} caId={caId} />
  );
}
