'use client';
import * as React from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { Caption1 } from '@fluentui/react-components';
import { Certificate24Regular } from '@fluentui/react-icons';
import type { Platform, ProfileKind } from '@/lib/deployment/platforms';
import { Blade } from '@/components/shell/blade';
import type { useWizardSteps } from '@/components/wizard/use-wizard-steps';
import { WizardFooter } from '@/components/wizard/wizard-footer';
import { WizardPanel } from '@/components/wizard/wizard-panel';
import { WizardTabs } from '@/components/wizard/wizard-tabs';
import { useWizardLayoutStyles } from '@/components/wizard/wizard-layout.styles';
import { CONFIGURATION_BREADCRUMB } from '../device-configuration-paths';
import { PLATFORM_LABELS, PROFILE_KIND_LABELS } from '../profile-platforms';
import { PROFILE_STEP_INDEX, PROFILE_WIZARD_STEPS } from './profile-wizard-steps';
import { useProfileWizardStyles } from './profile-wizard.styles';

interface ProfileWizardFrameProps<T extends FieldValues, TOut extends FieldValues> {
  platform: Platform;
  kind: ProfileKind;
  form: UseFormReturn<T, unknown, TOut>;
  steps: ReturnType<typeof useWizardSteps<T>>;
  /** Checks beyond the form schema before leaving the current tab forward (the SCEP profile's CA check). */
  canAdvance?: (fromIndex: number) => Promise<boolean>;
  isBusy: boolean;
  /** The dependency-order checker refuses the chosen assignments: the Assignments tab is marked as holding an error. */
  isAssignmentBlocked: boolean;
  canSubmit: boolean;
  onSubmit: () => void;
  /** The current tab's content. */
  children: React.ReactNode;
}

/** The blade of a profile wizard: numbered tabs, the current tab, and Previous / Next / Create at the bottom. */
export function ProfileWizardFrame<T extends FieldValues, TOut extends FieldValues>({
  platform,
  kind,
  form,
  steps,
  canAdvance = async () => true,
  isBusy,
  isAssignmentBlocked,
  canSubmit,
  onSubmit,
  children,
}: ProfileWizardFrameProps<T, TOut>) {
  const layout = useWizardLayoutStyles();
  const styles = useProfileWizardStyles();
  const step = PROFILE_WIZARD_STEPS[steps.currentIndex] ?? PROFILE_WIZARD_STEPS[0]!;

  const next = async () => {
    if (await canAdvance(steps.currentIndex)) await steps.next();
  };
  const goTo = async (index: number) => {
    if (index <= steps.currentIndex || (await canAdvance(steps.currentIndex))) await steps.goTo(index);
  };

  // Enter in a field acts like the footer's primary button.
  const onFormSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    if (!steps.isLast) void next();
    else if (canSubmit) onSubmit();
  };

  return (
    <Blade
      breadcrumb={CONFIGURATION_BREADCRUMB}
      title={PROFILE_KIND_LABELS[kind]}
      titleAside={<Caption1 className={styles.platform}>{PLATFORM_LABELS[platform]}</Caption1>}
      icon={<Certificate24Regular />}
      isFullBleed
    >
      <FormProvider {...form}>
        <form noValidate aria-label={`Create ${PROFILE_KIND_LABELS[kind]} profile`} onSubmit={onFormSubmit} className={layout.form}>
          <WizardTabs
            steps={PROFILE_WIZARD_STEPS}
            currentIndex={steps.currentIndex}
            stateOf={(index) => (index === PROFILE_STEP_INDEX.assignments && isAssignmentBlocked ? 'error' : steps.stateOf(index))}
            canSelect={(index) => !isBusy && steps.canSelect(index)}
            onSelect={(index) => void goTo(index)}
          />
          <WizardPanel step={step}>{children}</WizardPanel>
          <WizardFooter
            isFirst={steps.isFirst}
            isLast={steps.isLast}
            isBusy={isBusy}
            canSubmit={canSubmit}
            submitLabel="Create"
            onPrevious={steps.previous}
            onNext={() => void next()}
            onSubmit={onSubmit}
          />
        </form>
      </FormProvider>
    </Blade>
  );
}
