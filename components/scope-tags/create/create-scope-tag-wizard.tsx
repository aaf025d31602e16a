'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { Tag24Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useGroups } from '@/components/device-configurations/assignments/use-groups';
import { Blade } from '@/components/shell/blade';
import { useNotify } from '@/components/shell/notifications';
import { useWizardSteps } from '@/components/wizard/use-wizard-steps';
import { WizardFooter } from '@/components/wizard/wizard-footer';
import { useWizardLayoutStyles } from '@/components/wizard/wizard-layout.styles';
import { WizardPanel } from '@/components/wizard/wizard-panel';
import { WizardTabs } from '@/components/wizard/wizard-tabs';
import { SCOPE_TAGS_BREADCRUMB, SCOPE_TAGS_PATH } from '../scope-tag-paths';
import {
  CREATE_SCOPE_TAG_DEFAULTS,
  CREATE_SCOPE_TAG_STEP_FIELDS,
  CREATE_SCOPE_TAG_STEPS,
  SCOPE_TAG_STEP_INDEX,
  ZCreateScopeTagForm,
  type CreateScopeTagFormValues,
  type CreateScopeTagRequest,
} from './create-scope-tag-form';
import { ScopeTagAssignmentsStep } from './scope-tag-assignments-step';
import { ScopeTagBasicsStep } from './scope-tag-basics-step';
import { ScopeTagReviewStep } from './scope-tag-review-step';
import { useCreateScopeTag } from './use-create-scope-tag';

/** Tenant administration › Scope tags › Create: Basics, Assignments, Review + create. */
export function CreateScopeTagWizard() {
  const layout = useWizardLayoutStyles();
  const router = useRouter();
  const notify = useNotify();
  const canCreate = useAuth().hasPermission('roles.create');
  const form = useForm<CreateScopeTagFormValues, unknown, CreateScopeTagRequest>({
    resolver: zodResolver(ZCreateScopeTagForm),
    mode: 'onTouched',
    // Tabs unmount when left; their values must stay for Previous and for Review + create.
    shouldUnregister: false,
    defaultValues: CREATE_SCOPE_TAG_DEFAULTS,
  });
  const steps = useWizardSteps<CreateScopeTagFormValues>(form, CREATE_SCOPE_TAG_STEP_FIELDS);
  const groups = useGroups();
  const { create, isBusy, failure } = useCreateScopeTag();

  const submit = form.handleSubmit(async (request) => {
    const tag = await create(request);
    if (!tag) return;
    notify(`Created ${tag.displayName}`, 'success', { onNextPage: true });
    router.push(SCOPE_TAGS_PATH);
  }, steps.showFirstError);

  // Enter in a field acts like the footer's primary button.
  const onFormSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    if (isBusy) return;
    if (!steps.isLast) void steps.next();
    else if (canCreate) void submit();
  };

  const step = CREATE_SCOPE_TAG_STEPS[steps.currentIndex] ?? CREATE_SCOPE_TAG_STEPS[0]!;
  return (
    <Blade breadcrumb={SCOPE_TAGS_BREADCRUMB} title="Create scope tag" icon={<Tag24Regular />} isFullBleed>
      <FormProvider {...form}>
        <form noValidate aria-label="Create scope tag" onSubmit={onFormSubmit} className={layout.form}>
          <WizardTabs
            steps={CREATE_SCOPE_TAG_STEPS}
            currentIndex={steps.currentIndex}
            stateOf={steps.stateOf}
            canSelect={(index) => !isBusy && steps.canSelect(index)}
            onSelect={(index) => void steps.goTo(index)}
          />
          <WizardPanel step={step}>
            {steps.currentIndex === SCOPE_TAG_STEP_INDEX.basics && <ScopeTagBasicsStep />}
            {steps.currentIndex === SCOPE_TAG_STEP_INDEX.assignments && <ScopeTagAssignmentsStep groups={groups} />}
            {steps.currentIndex === SCOPE_TAG_STEP_INDEX.review && (
              <ScopeTagReviewStep groups={groups} onEdit={(index) => void steps.goTo(index)} failure={failure} canCreate={canCreate} />
            )}
          </WizardPanel>
          <WizardFooter
            isFirst={steps.isFirst}
            isLast={steps.isLast}
            isBusy={isBusy}
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
