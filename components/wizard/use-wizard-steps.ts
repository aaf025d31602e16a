'use client';
import * as React from 'react';
import { get, type FieldPath, type FieldValues, type FormState, type UseFormTrigger } from 'react-hook-form';

export type WizardStepState = 'current' | 'complete' | 'error' | 'upcoming';

/**
 * Step navigation for an RHF wizard whose fields are grouped per tab: Next validates the current tab only,
 * earlier tabs are always reachable, later ones only once reached, and each tab reports its state for its mark.
 */
export function useWizardSteps<T extends FieldValues>(
  form: { trigger: UseFormTrigger<T>; formState: FormState<T> },
  stepFields: readonly (readonly FieldPath<T>[])[],
) {
  const [currentIndex, setCurrentIndex] = React.useState(0);
  const [furthestIndex, setFurthestIndex] = React.useState(0);
  const [completed, setCompleted] = React.useState<ReadonlySet<number>>(() => new Set());
  // Reading errors during render subscribes this component to them, so the tab marks follow every validation.
  const { errors } = form.formState;

  const hasErrors = (index: number) => (stepFields[index] ?? []).some((name) => get(errors, name) !== undefined);

  const validateCurrent = async () => {
    const isValid = await form.trigger(stepFields[currentIndex] ?? [], { shouldFocus: true });
    if (isValid) setCompleted((done) => new Set(done).add(currentIndex));
    return isValid;
  };

  const goTo = async (index: number) => {
    if (index === currentIndex || index > furthestIndex) return;
    if (index > currentIndex && !(await validateCurrent())) return;
    setCurrentIndex(index);
  };

  const next = async () => {
    if (currentIndex >= stepFields.length - 1 || !(await validateCurrent())) return;
    setCurrentIndex(currentIndex + 1);
    setFurthestIndex((furthest) => Math.max(furthest, currentIndex + 1));
  };

  const previous = () => setCurrentIndex((index) => Math.max(0, index - 1));

  const stateOf = (index: number): WizardStepState => {
    if (hasErrors(index)) return 'error';
    if (index === currentIndex) return 'current';
    return completed.has(index) ? 'complete' : 'upcoming';
  };

  /** After a failed submit: show the first tab that holds an error. */
  const showFirstError = () => {
    const index = stepFields.findIndex((_, step) => hasErrors(step));
    if (index >= 0) setCurrentIndex(index);
  };

  return {
    currentIndex,
    isFirst: currentIndex === 0,
    isLast: currentIndex === stepFields.length - 1,
    canSelect: (index: number) => index <= furthestIndex,
    goTo,
    next,
    previous,
    stateOf,
    showFirstError,
  };
}
