'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { useAuth } from '@/components/auth/use-auth';
import { useNotify } from '@/components/shell/notifications';
import { useWizardSteps } from '@/components/wizard/use-wizard-steps';
import type { Platform } from '@/lib/deployment/platforms';
import { EMPTY_ASSIGNMENT_SELECTION, hasIncludedTargets, toAssignmentTargets } from '../assignments/assignment-selection';
import { DeploymentProblems } from '../assignments/deployment-problems';
import { useAssignmentCheck } from '../assignments/use-assignment-check';
import { DEVICE_CONFIGURATION_PATH } from '../device-configuration-paths';
import { AssignmentsReviewSection } from '../wizard/assignments-review-section';
import { AssignmentsStep } from '../wizard/assignments-step';
import { BasicsReviewSection } from '../wizard/basics-review-section';
import { BasicsStep } from '../wizard/basics-step';
import { CreateOutcome } from '../wizard/create-outcome';
import { ProfileWizardFrame } from '../wizard/profile-wizard-frame';
import { PROFILE_STEP_INDEX } from '../wizard/profile-wizard-steps';
import { SubmitBlockedMessage } from '../wizard/submit-blocked-message';
import { useCreateProfile } from '../wizard/use-create-profile';
import { useProfileWizardData } from '../wizard/use-profile-wizard-data';
import {
  TRUSTED_CERTIFICATE_STEP_FIELDS,
  trustedCertificateBody,
  trustedCertificateFormDefaults,
  trustedCertificateResolver,
  type TrustedCertificateFormValues,
} from './trusted-certificate-form';
import { TrustedCertificateReviewSection } from './trusted-certificate-review-step';
import { TrustedCertificateSettingsStep } from './trusted-certificate-settings-step';
import { useCertificateSource } from './use-certificate-source';

/** Devices › Configuration › Create › Trusted certificate. `caId` preselects a Cloud PKI CA. */
export function TrustedCertificateWizard({ platform, caId }: { platform: Platform; caId: string | undefined }) {
  const router = useRouter();
  const notify = useNotify();
  const canWrite = useAuth().hasPermission('deviceConfigurations.create');
  const form = useForm<TrustedCertificateFormValues, unknown, TrustedCertificateFormValues>({
    resolver: trustedCertificateResolver(platform),
    mode: 'onTouched',
    // Tabs unmount when left; their values must stay for Previous and for Review + create.
    shouldUnregister: false,
    defaultValues: trustedCertificateFormDefaults(platform),
  });
  const steps = useWizardSteps<TrustedCertificateFormValues>(form, TRUSTED_CERTIFICATE_STEP_FIELDS);
  const data = useProfileWizardData();
  const source = useCertificateSource(form, platform, data.certificationAuthorities, caId);
  const [selection, setSelection] = React.useState(EMPTY_ASSIGNMENT_SELECTION);
  const { state, create } = useCreateProfile();

  const targets = toAssignmentTargets(selection);
  // From the first visit of Assignments on, so its tab mark follows the verdict on every tab.
  const isJudging = steps.canSelect(PROFILE_STEP_INDEX.assignments) && hasIncludedTargets(selection);
  const check = useAssignmentCheck(isJudging ? { profile: trustedCertificateBody(platform, form.getValues()), assignments: targets } : undefined);
  const hasProblems = isJudging && (check.isChecking || check.result?.allowed === false);
  const isBusy = state.phase !== 'idle';
  const problemContext = { certificationAuthorities: data.certificationAuthorities, profiles: data.profiles };

  const submit = form.handleSubmit(async (values) => {
    const outcome = await create(trustedCertificateBody(platform, values), targets);
    if (outcome.phase === 'done' && !outcome.assignFailure) {
      notify(`Created ${outcome.created.displayName}`, 'success', { onNextPage: true });
      router.push(DEVICE_CONFIGURATION_PATH);
    }
  }, steps.showFirstError);

  const editStep = (index: number) => void steps.goTo(index);

  return (
    <ProfileWizardFrame
      platform={platform}
      kind="trustedCertificate"
      form={form}
      steps={steps}
      isBusy={isBusy}
      isAssignmentBlocked={isJudging && check.result?.allowed === false}
      canSubmit={canWrite && !hasProblems}
      onSubmit={() => void submit()}
    >
      {steps.currentIndex === PROFILE_STEP_INDEX.basics && <BasicsStep platform={platform} kind="trustedCertificate" />}
      {steps.currentIndex === PROFILE_STEP_INDEX.configuration && <TrustedCertificateSettingsStep platform={platform} data={data} source={source} />}
      {steps.currentIndex === PROFILE_STEP_INDEX.assignments && (
        <AssignmentsStep selection={selection} onChange={setSelection} groups={data.groups} check={check} problemContext={problemContext} />
      )}
      {steps.currentIndex === PROFILE_STEP_INDEX.review && (
        <>
          <SubmitBlockedMessage canWrite={canWrite} hasProblems={hasProblems && !check.isChecking} />
          <CreateOutcome state={state} />
          <DeploymentProblems check={check} context={problemContext} />
          <BasicsReviewSection platform={platform} kind="trustedCertificate" values={form.getValues()} onEdit={editStep} />
          <TrustedCertificateReviewSection platform={platform} source={source} onEdit={editStep} />
          <AssignmentsReviewSection selection={selection} onEdit={editStep} />
        </>
      )}
    </ProfileWizardFrame>
  );
}
