'use client';
import * as React from 'react';
import { type DefaultValues, type FieldValues, type Resolver, useForm } from 'react-hook-form';
import { useGraphMutation } from './use-graph-mutation';

/** A "New …" dialog's form and its Graph write; each opening starts empty, without the last refusal. */
export function useCreateDialogForm<Input extends FieldValues, Output extends FieldValues>(
  open: boolean,
  resolver: Resolver<Input, unknown, Output>,
  defaults: DefaultValues<Input>,
) {
  const mutation = useGraphMutation();
  const form = useForm<Input, unknown, Output>({ resolver, mode: 'onTouched', defaultValues: defaults });
  const { reset } = form;
  const { reset: resetMutation } = mutation;
  React.useEffect(() => {
    if (!open) return;
    reset(defaults);
    resetMutation();
  }, [open, reset, resetMutation, defaults]);
  return { form, mutation };
}
