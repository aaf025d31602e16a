'use client';
import { BladeError } from '@/components/shell/blade-error';

export default function DeviceConfigurationError({ error, retry }: { error: unknown; retry: () => void }) {
  return <BladeError error={error} retry={retry} />;
}
