'use client';
import { Textarea, type TextareaProps } from '@fluentui/react-components';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';

type FormTextareaProps<T extends FieldValues> = Omit<TextareaProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur'> & { name: Path<T> };

/** A Fluent Textarea bound to the form; like Input it is controlled by its own state, so register() alone would lose values. */
export function FormTextarea<T extends FieldValues>({ name, ...props }: FormTextareaProps<T>) {
  const { control } = useFormContext<T>();
  const { field } = useController({ control, name });
  return (
    <Textarea
      {...props}
      ref={field.ref}
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={(_, data) => field.onChange(data.value)}
      onBlur={field.onBlur}
    />
  );
}
