'use client';
import { BladeError } from '@/components/shell/blade-error';

export default function LicensesError({ error, retry }: { error: unknown; retry: () => void }) {
  return <BladeError error={error} retry={retry} />;
}
