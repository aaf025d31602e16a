'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { useForm, useWatch } from 'react-hook-form';
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
import { SCEP_STEP_FIELDS, scepBody, scepFormDefaults, scepResolver, type ScepFormValues } from './scep-form';
import { ScepReviewSection } from './scep-review-section';
import { ScepSettingsStep } from './scep-settings-step';
import { useScepChain } from './use-scep-chain';
import { useScepValidation } from './use-scep-validation';

/** Devices › Configuration › Create › SCEP certificate. `caId` preselects the issuing CA. */
export function ScepCertificateWizard({ platform, caId }: { platform: Platform; caId: string | undefined }) {
  const router = useRouter();
  const notify = useNotify();
  const canWrite = useAuth().hasPermission('deviceConfigurations.create');
  const form = useForm<ScepFormValues, unknown, Record<string, unknown>>({
    resolver: scepResolver(platform),
    mode: 'onTouched',
    // Tabs unmount when left; their values must stay for Previous and for Review + create.
    shouldUnregister: false,
    defaultValues: scepFormDefaults(platform),
  });
  const steps = useWizardSteps<ScepFormValues>(form, SCEP_STEP_FIELDS);
  const data = useProfileWizardData();
  const chain = useScepChain(form, platform, data, caId);
  const [selection, setSelection] = React.useState(EMPTY_ASSIGNMENT_SELECTION);
  const { state, create } = useCreateProfile();

  // Subscribes to every value change, so the issuing CA check and the assignment check see the current profile.
  useWatch({ control: form.control });
  const values = form.getValues();
  const body = scepBody(platform, values);
  const validation = useScepValidation(platform, body, steps.currentIndex === PROFILE_STEP_INDEX.configuration);

  const targets = toAssignmentTargets(selection);
  // From the first visit of Assignments on, so its tab mark follows the verdict on every tab.
  const isJudging = steps.canSelect(PROFILE_STEP_INDEX.assignments) && hasIncludedTargets(selection);
  const check = useAssignmentCheck(isJudging ? { profile: body, assignments: targets } : undefined);
  const hasProblems = isJudging && (check.isChecking || check.result?.allowed === false);
  const isBusy = state.phase !== 'idle';
  const problemContext = {
    certificationAuthorities: data.certificationAuthorities,
    profiles: data.profiles,
    unsavedScepServerUrl: values.scepServerUrls[0],
  };

  // Configuration settings is left only once the issuing CA accepts them too (its findings show under the fields);
  // when it refuses, the schema's own messages show at the same time rather than after the next click.
  const canAdvance = async (fromIndex: number) => {
    if (fromIndex !== PROFILE_STEP_INDEX.configuration || (await validation.check()).length === 0) return true;
    await form.trigger(SCEP_STEP_FIELDS[fromIndex]);
    return false;
  };

  const submit = form.handleSubmit(async (profile) => {
    const outcome = await create(profile, targets);
    if (outcome.phase === 'done' && !outcome.assignFailure) {
      notify(`Created ${outcome.created.displayName}`, 'success', { onNextPage: true });
      router.push(DEVICE_CONFIGURATION_PATH);
    }
  }, steps.showFirstError);

  const editStep = (index: number) => void steps.goTo(index);

  return (
    <ProfileWizardFrame
      platform={platform}
      kind="scep"
      form={form}
      steps={steps}
      canAdvance={canAdvance}
      isBusy={isBusy}
      isAssignmentBlocked={isJudging && check.result?.allowed === false}
      canSubmit={canWrite && !hasProblems}
      onSubmit={() => void submit()}
    >
      {steps.currentIndex === PROFILE_STEP_INDEX.basics && <BasicsStep platform={platform} kind="scep" />}
      {steps.currentIndex === PROFILE_STEP_INDEX.configuration && (
        <ScepSettingsStep platform={platform} data={data} chain={chain} validation={validation} />
      )}
      {steps.currentIndex === PROFILE_STEP_INDEX.assignments && (
        <AssignmentsStep selection={selection} onChange={setSelection} groups={data.groups} check={check} problemContext={problemContext} />
      )}
      {steps.currentIndex === PROFILE_STEP_INDEX.review && (
        <>
          <SubmitBlockedMessage canWrite={canWrite} hasProblems={hasProblems && !check.isChecking} />
          <CreateOutcome state={state} />
          <DeploymentProblems check={check} context={problemContext} />
          <BasicsReviewSection platform={platform} kind="scep" values={values} onEdit={editStep} />
          <ScepReviewSection platform={platform} chain={chain} onEdit={editStep} />
          <AssignmentsReviewSection selection={selection} onEdit={editStep} />
        </>
      )}
    </ProfileWizardFrame>
  );
}
