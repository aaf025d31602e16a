'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { Certificate24Regular } from '@fluentui/react-icons';
import { ZCreateCertificationAuthority } from '@/lib/schemas/certification-authority';
import { useAuth } from '@/components/auth/use-auth';
import { Blade } from '@/components/shell/blade';
import { useNotify } from '@/components/shell/notifications';
import { useWizardSteps } from '@/components/wizard/use-wizard-steps';
import { WizardFooter } from '@/components/wizard/wizard-footer';
import { WizardPanel } from '@/components/wizard/wizard-panel';
import { WizardTabs } from '@/components/wizard/wizard-tabs';
import { useWizardLayoutStyles } from '@/components/wizard/wizard-layout.styles';
import { CLOUD_PKI_BREADCRUMB, CLOUD_PKI_PATH } from '../certification-authority-paths';
import { BasicsStep } from './basics-step';
import { ConfigurationStep } from './configuration-step';
import {
  CREATE_CA_DEFAULTS,
  CREATE_CA_STEP_FIELDS,
  CREATE_CA_STEPS,
  STEP_INDEX,
  type CreateCaFormValues,
  type CreateCaRequest,
} from './create-certification-authority-form';
import { ReviewStep } from './review-step';
import { ScopeTagsStep } from './scope-tags-step';
import { useActiveRootCertificationAuthorities } from './use-active-root-certification-authorities';
import { useCreateCertificationAuthority } from './use-create-certification-authority';
import { useExtendedKeyUsageRows } from './use-extended-key-usage-rows';

/** Tenant administration › Cloud PKI › Create: Basics, Configuration settings, Scope tags, Review + create. */
export function CreateCertificationAuthorityWizard() {
  const layout = useWizardLayoutStyles();
  const router = useRouter();
  const notify = useNotify();
  const canCreate = useAuth().hasPermission('ca.create');
  const form = useForm<CreateCaFormValues, unknown, CreateCaRequest>({
    resolver: zodResolver(ZCreateCertificationAuthority),
    mode: 'onTouched',
    // Tabs unmount when left; their values must stay for Previous and for Review + create.
    shouldUnregister: false,
    defaultValues: CREATE_CA_DEFAULTS,
  });
  const steps = useWizardSteps(form, CREATE_CA_STEP_FIELDS);
  const ekuRows = useExtendedKeyUsageRows(form.control);
  const roots = useActiveRootCertificationAuthorities();
  const { create, isCreating, failure } = useCreateCertificationAuthority();

  const submit = form.handleSubmit(async (request) => {
    const ca = await create(request);
    if (!ca) return;
    notify(`Created ${ca.displayName}`, 'success', { onNextPage: true });
    router.push(CLOUD_PKI_PATH);
  }, steps.showFirstError);

  // Enter in a field acts like the footer's primary button.
  const onFormSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (isCreating) return;
    if (!steps.isLast) void steps.next();
    else if (canCreate) void submit();
  };

  const step = CREATE_CA_STEPS[steps.currentIndex] ?? CREATE_CA_STEPS[0]!;

  return (
    <Blade breadcrumb={CLOUD_PKI_BREADCRUMB} title="Create certification authority" icon={<Certificate24Regular />} isFullBleed>
      <FormProvider {...form}>
        <form noValidate aria-label="Create certification authority" onSubmit={onFormSubmit} className={layout.form}>
          <WizardTabs
            steps={CREATE_CA_STEPS}
            currentIndex={steps.currentIndex}
            stateOf={steps.stateOf}
            canSelect={(index) => !isCreating && steps.canSelect(index)}
            onSelect={(index) => void steps.goTo(index)}
          />
          <WizardPanel step={step}>
            {steps.currentIndex === STEP_INDEX.basics && <BasicsStep />}
            {steps.currentIndex === STEP_INDEX.configuration && <ConfigurationStep roots={roots} ekuRows={ekuRows} />}
            {steps.currentIndex === STEP_INDEX.scopeTags && <ScopeTagsStep />}
            {steps.currentIndex === STEP_INDEX.review && (
              <ReviewStep
                roots={roots}
                onEdit={(index) => void steps.goTo(index)}
                isCreating={isCreating}
                failure={failure}
                canCreate={canCreate}
              />
            )}
          </WizardPanel>
          <WizardFooter
            isFirst={steps.isFirst}
            isLast={steps.isLast}
            isBusy={isCreating}
            canSubmit={canCreate}
            submitLabel="Create"
            onPrevious={steps.previous}
            onNext={() => void steps.next()}
            onSubmit={() => void submit()}
          />
        </form>
      </FormProvider>
    </Blade>
  );
}
