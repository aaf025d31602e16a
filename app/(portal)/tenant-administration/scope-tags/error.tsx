'use client';
import { BladeError } from '@/components/shell/blade-error';

export default function ScopeTagsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <BladeError error={error} retry={retry} />;
}
