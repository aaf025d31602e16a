'use client';
import { Input, type InputProps } from '@fluentui/react-components';
import { useController, useFormContext, type FieldValues, type Path } from 'react-hook-form';

type FormInputProps<T extends FieldValues> = Omit<InputProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur'> & {
  name: Path<T>;
  /** Numbers are stored as numbers (NaN while empty, so the schema says "Enter …"), as valueAsNumber would. */
  isNumber?: boolean;
};

/**
 * A Fluent Input bound to the form. Fluent's Input always renders a controlled <input> from its own state, so
 * `register()` alone loses defaults and setValue() on the next render (it writes the DOM, Fluent writes it back);
 * here the form's value is the Input's value.
 */
export function FormInput<T extends FieldValues>({ name, isNumber = false, ...props }: FormInputProps<T>) {
  const { control } = useFormContext<T>();
  const { field } = useController({ control, name });
  const value: unknown = field.value;
  const shown = typeof value === 'number' ? (Number.isNaN(value) ? '' : String(value)) : typeof value === 'string' ? value : '';
  return (
    <Input
      {...props}
      ref={field.ref}
      name={field.name}
      value={shown}
      onChange={(_, data) => field.onChange(isNumber ? (data.value.trim() === '' ? Number.NaN : Number(data.value)) : data.value)}
      onBlur={field.onBlur}
    />
  );
}
