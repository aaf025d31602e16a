'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@fluentui/react-components';
import { Certificate24Regular } from '@fluentui/react-icons';
import type { Platform, ProfileKind } from '@/lib/deployment/platforms';
import { Blade } from '@/components/shell/blade';
import { CONFIGURATION_BREADCRUMB, createProfilePath } from '../device-configuration-paths';
import { ProfileChoiceFields, type ProfileChoice } from '../list/profile-choice-fields';
import { useProfileWizardStyles } from '../wizard/profile-wizard.styles';

/** The create route opened without a complete choice (a bookmark, a hand-typed URL): ask for it, as the list's dialog does. */
export function ChooseProfileType({ platform, kind }: { platform: Platform | undefined; kind: ProfileKind | undefined }) {
  const styles = useProfileWizardStyles();
  const router = useRouter();
  const [choice, setChoice] = React.useState<ProfileChoice>({ platform, kind });
  const [showErrors, setShowErrors] = React.useState(false);

  const create = (event: React.FormEvent) => {
    event.preventDefault();
    if (choice.platform && choice.kind) router.push(createProfilePath({ platform: choice.platform, kind: choice.kind }));
    else setShowErrors(true);
  };

  return (
    <Blade breadcrumb={CONFIGURATION_BREADCRUMB} title="Create a profile" icon={<Certificate24Regular />}>
      <form noValidate aria-label="Create a profile" onSubmit={create} className={styles.chooser}>
        <ProfileChoiceFields choice={choice} onChange={setChoice} showErrors={showErrors} />
        <Button type="submit" appearance="primary" className={styles.chooserSubmit}>
          Create
        </Button>
      </form>
    </Blade>
  );
}
